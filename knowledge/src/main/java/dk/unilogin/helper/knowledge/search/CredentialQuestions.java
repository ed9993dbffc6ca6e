package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions that ask for what the guide's steps hand out ({@code matching/credential-questions.txt}): a username found
 * ("Hvor kan jeg se hans brugernavn?") or a code made new ("Hvordan giver jeg ham en ny kode?"), the credential named
 * in the question or, when it points back ("Kan jeg selv finde det?"), in one of the two sentences before it.
 */
final class CredentialQuestions {
    static final String BUNDLED = "matching/credential-questions.txt";
    private static final int SENTENCES_BACK = 2;

    /** What a question asks for: the words that ask, the words that name the credential, the passages that hand it out. */
    private record Form(WordSet asking, WordSet naming, Set<String> passages) {
    }

    /**
     * A question that asks for a credential.
     *
     * @param namingPart the part that names the credential: the question's own, or one before it
     * @param passages   the passages that hand the credential out
     * @param code       whether the credential is a code (else a username)
     */
    record Asked(int namingPart, Set<String> passages, boolean code) {
    }

    private final Form username;
    private final Form code;
    private final WordSet pointingBack;
    private final WordSet changingAUsername;

    private CredentialQuestions(Form username, Form code, WordSet pointingBack, WordSet changingAUsername) {
        this.username = username;
        this.code = code;
        this.pointingBack = pointingBack;
        this.changingAUsername = changingAUsername;
    }

    /** The file's sections, with the passages that hand out a username and those that make a new code. */
    static CredentialQuestions parse(String text, Set<String> usernamePassages, Set<String> codePassages) {
        Map<String, WordSet> sections = SectionedList.parse(BUNDLED, text,
                List.of("[finding]", "[username]", "[making-new]", "[code]", "[pointing-back]", "[changing-a-username]"));
        return new CredentialQuestions(
                new Form(sections.get("[finding]"), sections.get("[username]"), Set.copyOf(usernamePassages)),
                new Form(sections.get("[making-new]"), sections.get("[code]"), Set.copyOf(codePassages)),
                sections.get("[pointing-back]"), sections.get("[changing-a-username]"));
    }

    /** What part {@code i} of {@code parts}, a question, asks for; null when it asks for no credential. */
    Asked asked(List<ReadMessage.Part> parts, int i) {
        String question = WriterRoles.normalise(parts.get(i).text());
        for (Form form : List.of(username, code)) {
            int asking = form.asking.endOfFirst(question);
            // The guide hands a username out, it never changes one ("Kan man få et helt andet brugernavn?").
            if (asking < 0 || form == username && changingAUsername.containsAnyNormalised(question)) {
                continue;
            }
            if (form.naming.containsAnyNormalised(question)) {
                return new Asked(i, form.passages, form == code);
            }
            // What is found or made new points back after the word that asks ("finde det", "skifte den"): "Det er vel
            // ikke muligt at nulstille Chromebooken?" points nowhere.
            if (pointingBack.containsAnyNormalised(question.substring(Math.min(question.length(), asking + 1)))) {
                for (int before = i - 1; before >= Math.max(0, i - SENTENCES_BACK); before--) {
                    if (form.naming.containsAny(parts.get(before).text())) {
                        return new Asked(before, form.passages, form == code);
                    }
                }
            }
        }
        return null;
    }
}
