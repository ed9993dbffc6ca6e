package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A message that says Unilogin itself works ("Unilogin virker, men Teams gør ikke") is not
 * about the account: the passages that fix it ({@link UniloginWorks}) are multiplied by
 * {@code adjust.unilogin-works-factor}, and so is the computer's login when the message says the
 * child is logged in on it. A passage whose error the message names ("men på læseappen står der 'Ingen adgang'.
 * Hvad betyder det?") is not: Unilogin working while one service says no access is that error; unless the message
 * asks whom to turn to ("Hvem skal vi kontakte?"), which the school's passage answers. The school's passage is raised
 * for trouble getting in, unless into a device named with no service; trouble inside a service lowers it, and the
 * passage on where to log in too, as the writer is in; a question where to log in leaves both as they are. Without such a
 * phrase, a forgotten code lowers the school's passage, a child's code (and no username) forgotten as told by one who
 * looks after the child raises the passage that makes a new code, unless the code is said to be another thing's; a pupil
 * of 15 or more with their own MitID who has forgotten their login raises the pupil's own way; a code or username at hand
 * lowers the passages that hand them out; so does a phrase that stands beside a forgotten code in one sentence, as it
 * speaks of another login. A message that asks whom to turn to, or says Unilogin
 * works while a service will not let the writer in, is the school's passage's own case ({@link ScoreSheet#schoolsOwnCase}).
 */
final class UniloginWorksAdjustment implements ScoreAdjustment {
    /** The term of Unilogin itself, which a code may be said to belong to ("koden til Unilogin"). */
    private static final String UNILOGIN = "unilogin";
    private final UniloginWorks works;
    private final MatcherSettings settings;
    private final Set<String> deviceTerms;
    private final Set<String> serviceTerms;

    /** @param deviceTerms the guide's terms for a device ({@link UniloginWorks#deviceWords}); serviceTerms for a service */
    UniloginWorksAdjustment(UniloginWorks works, MatcherSettings settings, Set<String> deviceTerms, Set<String> serviceTerms) {
        this.works = works;
        this.settings = settings;
        this.deviceTerms = Set.copyOf(deviceTerms);
        this.serviceTerms = Set.copyOf(serviceTerms);
    }

    /** Whether the query has a term of {@code named} and none of {@code without}. */
    private static boolean namesOnly(Query query, Set<String> named, Set<String> without) {
        return named.stream().anyMatch(query.weights()::containsKey) && without.stream().noneMatch(query.weights()::containsKey);
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        boolean forgottenBeside = forgottenBeside(message);
        // A parent asking about their own login who says the children's works ("børnenes Unilogin fungerer") speaks of theirs.
        boolean othersLogin = !forgottenBeside && message.writer().own() && !message.writer().aboutChild()
                && works.worksForOthers(message.words());
        boolean anotherLogin = forgottenBeside || othersLogin;
        if (anotherLogin && log.on()) {
            log.add("adjust", (forgottenBeside ? "a code or username is forgotten where a login is said to work"
                    : "the writer asks about their own login where someone else's is said to work")
                    + " (\"" + message.uniloginWorks() + "\"): that login is another one, read as if not said");
        }
        String phrase = anotherLogin ? null : message.uniloginWorks();
        boolean asksWhom = works.asksWhom(message.words());
        sheet.schoolsOwnCase = asksWhom;
        if (phrase == null) {
            // One reading of what is forgotten serves both: a forgotten code lowers the school's passage (unless the
            // message asks whom to turn to), and what is forgotten is not at hand.
            String[] words = message.words();
            boolean forgotten = works.saysCredentialsForgotten(words);
            // A pupil's own passage says whom to ask ("Kontakt din lærer"): asking whom does not make it the school's.
            if (forgotten && (!asksWhom || message.writer().role() == Writer.Role.PUPIL)) {
                lower(sheet, works::answers, settings.forgottenLoginSchoolFactor, log,
                        "a code or username is forgotten: the school's passages");
            }
            // "der står forkert adgangskode … koden har hun glemt": the forgotten code is why the login is refused, so the
            // passage about refusals is not the answer, unless the message quotes its own error ("Ingen adgang").
            if (forgotten) {
                lower(sheet, id -> works.aboutRefusal(id) && !message.namedErrors().contains(id), settings.forgottenLoginRefusalFactor,
                        log, "a code or username is forgotten: the passage about a refused login");
            }
            // "har fået en Chromebook, men kan ikke huske mit brugernavn til Unilogin": the account's login is forgotten, not
            // a device's own; the passage on the device's login is lowered, unless the message says the device refuses it.
            if (forgotten && works.namesUniloginsCredential(words) && !message.deviceLogin() && !message.addsANeed()) {
                lower(sheet, works.devicePassages()::contains, settings.forgottenUniloginDeviceFactor, log,
                        "Unilogin's code or username is forgotten: the device's own login");
            }
            // A child's code forgotten, told by one who looks after the child, is the guide's first case; unless the code
            // is said to be another thing's ("koden til selve telefonen", "koden til sin cykellås").
            if (forgotten && message.writer().aboutChild() && works.saysOnlyCodeForgotten(words) && !codeOfAnotherThing(message)) {
                raise(sheet, works.codePassages()::contains, settings.forgottenChildCodeBoost, log,
                        "a child's code is forgotten: the passage that makes a new one");
            }
            // A pupil of 15 or more with their own MitID who has forgotten their login may get it themselves.
            if (forgotten && message.writer().role() == Writer.Role.PUPIL && message.pupilsOwnMitId()) {
                raise(sheet, works.ownMitIdPassages()::contains, settings.pupilOwnMitIdBoost, log,
                        "a pupil with their own MitID has forgotten their login: the pupil's own way");
            }
            Set<String> atHand = works.passagesForWhatIsAtHand(words, forgotten);
            if (!atHand.isEmpty()) {
                lower(sheet, atHand::contains, settings.credentialsAtHandFactor, log,
                        log.on() ? "the code or username is at hand: " + atHand.stream().sorted().toList() : "");
            }
            return;
        }
        // Trouble inside a service ("men hun kan ikke finde ugens opgaver") is not the school's login support either.
        // A device named with no service ("men jeg kan ikke logge på den nye pc") is the device's login, for which the
        // school's passage is not raised.
        // The whole message's own case was read once with the message: the same words around the same phrase.
        // One who gets in and asks where to log in ("Aula virker, men hvor er det, hun skal logge ind?") has no trouble
        // getting in and none inside a service: where to log in keeps its score, and the school's passage is not raised.
        String[] around = aroundThePhrase(message);
        boolean asksWhere = !message.schoolsOwnCase() && works.asksWhereToLogIn(around);
        boolean inside = !asksWhere && !message.schoolsOwnCase() && !works.troubleIsGettingIn(around);
        boolean deviceOnly = !inside && !asksWhere && namesOnly(query, deviceTerms, serviceTerms);
        double school = inside ? settings.uniloginWorksFactor : deviceOnly || asksWhere ? 1 : settings.uniloginWorksBoost;
        sheet.schoolsOwnCase |= !inside && !deviceOnly && !asksWhere;
        Set<String> named = asksWhom ? Set.of() : message.namedErrors();
        // One who still gets in but is to change the code ("Han kan stadig logge ind med den gamle, men alle skal skifte til
        // en ny adgangskode") asks for the passage that makes a new one.
        Set<String> kept = works.asksForNewCode(message.words()) ? works.codePassages() : Set.of();
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (works.fixesWhatWorks(phrase, entry.passageId, inside) && !named.contains(entry.passageId)
                    && !kept.contains(entry.passageId)) {
                entry.score = entry.score * settings.uniloginWorksFactor;
            } else if (works.answers(entry.passageId)) {
                entry.score = Math.min(1, entry.score * school);
            }
        }
        if (log.on()) {
            log.add("adjust", String.format("Unilogin works (\"%s\"): the passages fixing the account x%.2f, the school's x%.2f%s",
                    phrase, settings.uniloginWorksFactor, school,
                    inside ? " (the trouble is not getting in: where to log in too)"
                            : deviceOnly ? " (the trouble is a device's login)" : asksWhere ? " (it asks where to log in)" : ""));
        }
    }

    /**
     * The words of the parts around the first that says the login works: the part before it, its own and the two after it,
     * as a clause may split a sentence ("Teams afviser ham. Unilogin virker fint." "Han kan logge ind på unilogin.dk og i
     * Aula, så koden er rigtig. Men i Office365 kan han ikke åbne Word."). A negation further on ("Skal hun behandle
     * barnet, selvom hun ikke har set lus?") is about something else. A message of one part is read whole. The first part
     * the reader found saying it works is the first with a phrase of its own ({@link MessageReader}).
     */
    private static String[] aroundThePhrase(ReadMessage message) {
        return aroundThePhrase(message.parts(), message.words());
    }

    private static String[] aroundThePhrase(List<ReadMessage.Part> parts, String[] words) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).uniloginWorks() != null) {
                StringBuilder around = new StringBuilder();
                for (int j = Math.max(0, i - 1); j <= Math.min(parts.size() - 1, i + 2); j++) {
                    around.append(parts.get(j).text()).append(' ');
                }
                return UniloginWorks.wordsOf(around.toString());
            }
        }
        return words;
    }

    /**
     * Whether the whole message (its phrase saying Unilogin works, its parts and words) is the school's own case: it says
     * Unilogin works, and around that the trouble is getting in ("Hendes Unilogin virker alle andre steder, men Office vil
     * ikke lade hende komme ind"), not something inside a service.
     */
    static boolean troubleGettingInWhereItWorks(UniloginWorks works, String uniloginWorks, List<ReadMessage.Part> parts,
                                                String[] words) {
        return uniloginWorks != null && works.troubleIsGettingIn(aroundThePhrase(parts, words));
    }

    /**
     * Whether a sentence that says a login works also says a code or username is forgotten ("min egen unilogin virker
     * fint, men hendes kode er glemt", "kan ik huske pw til unilogin, aula virker fint for mig"): the login that works is
     * another one than the login asked about, so the message is read as one without the phrase. Not when the message
     * asks whom to turn to, nor when the forgotten code is told in a sentence of its own (a second need).
     */
    private boolean forgottenBeside(ReadMessage message) {
        if (message.uniloginWorks() == null || works.asksWhom(message.words())) {
            return false;
        }
        if (message.parts().isEmpty()) {
            return works.saysCredentialsForgotten(message.words());
        }
        return message.parts().stream().anyMatch(part -> works.saysItWorks(part.text()) != null
                && works.saysCredentialsForgotten(UniloginWorks.wordsOf(part.text())));
    }

    /** Whether the message says a code belongs to something that is neither Unilogin nor a service it opens. */
    private boolean codeOfAnotherThing(ReadMessage message) {
        return message.terms().stream().anyMatch(t -> t.codeOwner() && !serviceTerms.contains(t.term()) && !t.term().equals(UNILOGIN));
    }

    /** Multiplies the scores of the passages {@code which} picks by {@code factor}, at most to 1. */
    private static void raise(ScoreSheet sheet, Predicate<String> which, double factor, ExplainLog log, String what) {
        multiply(sheet, which, factor, 1, log, what);
    }

    /** Multiplies the scores of the passages {@code which} picks by {@code factor}. */
    private static void lower(ScoreSheet sheet, Predicate<String> which, double factor, ExplainLog log, String what) {
        multiply(sheet, which, factor, Double.POSITIVE_INFINITY, log, what);
    }

    private static void multiply(ScoreSheet sheet, Predicate<String> which, double factor, double cap, ExplainLog log,
                                 String what) {
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (which.test(entry.passageId)) {
                entry.score = Math.min(cap, entry.score * factor);
            }
        }
        if (log.on()) {
            log.add("adjust", String.format("%s x%.2f", what, factor));
        }
    }
}
