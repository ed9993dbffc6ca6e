package dk.unilogin.helper.app.directline;

import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Direct Line conversation: the school its token was bound to, the user id the client
 * chose, whether it has started (welcome sent) and the buttons offered last. Turns on it run
 * one at a time (see {@link DirectLineTurns}), so the echo and the replies stay together in order.
 */
final class DirectLineConversation {
    private final String id;
    private final String schoolId;
    private final String locale;
    private volatile String userId;
    private volatile boolean started;
    private volatile List<SuggestedAction> offered = List.of();
    private volatile Instant lastActive;

    DirectLineConversation(String id, String schoolId, String locale, Instant now) {
        this.id = id;
        this.schoolId = schoolId;
        this.locale = locale;
        this.userId = "dl-" + id;
        this.lastActive = now;
    }

    /** A conversation as it was stored. */
    DirectLineConversation(String id, String schoolId, String locale, String userId, boolean started,
                           List<SuggestedAction> offered, Instant now) {
        this(id, schoolId, locale, now);
        this.userId = userId;
        this.started = started;
        this.offered = List.copyOf(offered);
    }

    String id() {
        return id;
    }

    /** The school the token was bound to, or null. */
    String schoolId() {
        return schoolId;
    }

    /** "da" or "en": the welcome's language when the client named none. */
    String locale() {
        return locale;
    }

    String userId() {
        return userId;
    }

    boolean started() {
        return started;
    }

    void start(String clientUserId) {
        if (clientUserId != null) {
            userId = clientUserId;
        }
        started = true;
    }

    /** Remembers the buttons of the last reply, whose titles come back as typed text when pressed. */
    void offer(List<SuggestedAction> actions) {
        offered = List.copyOf(actions);
    }

    List<SuggestedAction> offered() {
        return offered;
    }

    /** The value of the offered button titled {@code text}, when the text is exactly a button's title. */
    Optional<String> valueOfTitle(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip().toLowerCase(Locale.ROOT);
        return offered.stream().filter(a -> a.title().strip().toLowerCase(Locale.ROOT).equals(typed))
                .map(SuggestedAction::value).findFirst();
    }

    Instant lastActive() {
        return lastActive;
    }

    void touch(Instant now) {
        lastActive = now;
    }
}
