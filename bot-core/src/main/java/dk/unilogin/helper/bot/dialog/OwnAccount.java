package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.knowledge.Audience;
import dk.unilogin.helper.knowledge.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * "Jeg har glemt mit brugernavn": a writer who speaks of their own account and names no
 * child most likely means their own login, so when the bot must ask whose it is, the
 * passages about a child's account come after the others.
 */
final class OwnAccount {
    private static final String[] FIRST_PERSON = {"jeg", "mig", "min", "mit", "mine", "im", "my", "me"};

    private OwnAccount() {
    }

    static boolean speaksOfOwn(String text) {
        return AudienceCue.of(text).isEmpty() && Words.containsAny(Words.normalize(text), FIRST_PERSON);
    }

    /**
     * The passages in the order to offer them: about a child last when the writer speaks of
     * their own and one of the others is written for a parent's or a pupil's own account (a
     * pupil's "min kode" still belongs with the child's password).
     */
    static List<Passage> ordered(String text, List<Passage> passages) {
        if (!speaksOfOwn(text)) {
            return passages;
        }
        List<Passage> own = new ArrayList<>();
        List<Passage> child = new ArrayList<>();
        for (Passage p : passages) {
            (AudienceCue.CHILD.fits(p) ? child : own).add(p);
        }
        if (own.stream().noneMatch(p -> p.audience() != Audience.ALLE)) {
            return passages;
        }
        own.addAll(child);
        return own;
    }
}
