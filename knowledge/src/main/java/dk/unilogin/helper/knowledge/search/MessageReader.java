package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Stage 1, read: the message cut to its readable length, its weighted terms (spelling, split
 * words, unknown words sorted by {@link QueryReader}), its sentences and clauses, and who writes.
 */
final class MessageReader {
    private final QueryReader terms;
    private final WriterRoles roles;
    private final SpeakerTurns speakerTurns = SpeakerTurns.bundled();
    private final UniloginWorks works;
    private final NamedErrors errors;
    private final DeviceLogins deviceLogins;
    private final PupilAges ages = PupilAges.bundled();
    private final MatcherSettings settings;

    /** Whether a message says it has more than one need ("også", "to ting"). */
    private final BiPredicate<String, String> addsANeed;

    private final WordSet backReferences;
    private final SetAside setAside;

    private final WordSet deviceReferences;
    private final WordSet forgottenReferences;
    private final WordSet forgottenAlone;
    private final UnnamedCodeReference unnamedCode;

    /** The terms of a device ("computer", "iPad", "pc" all read as one: {@code device:} in unilogin-works.txt). */
    private final Set<String> deviceTerms;
    /** Other apps' accounts, a comparison where the message only sets them beside the login ({@link OtherAccounts}). */
    private final OtherAccounts otherAccounts;

    MessageReader(QueryReader terms, WriterRoles roles, UniloginWorks works, NamedErrors errors, DeviceLogins deviceLogins,
                  BiPredicate<String, String> addsANeed, BackReferences backReferences, MatcherSettings settings) {
        this.deviceLogins = deviceLogins;
        this.addsANeed = addsANeed;
        this.backReferences = backReferences.question();
        this.deviceReferences = backReferences.device();
        this.forgottenReferences = backReferences.forgotten();
        this.forgottenAlone = backReferences.forgottenAlone();
        this.unnamedCode = backReferences.unnamedCode();
        this.setAside = backReferences.setAside();
        this.terms = terms;
        this.roles = roles;
        this.works = works;
        this.errors = errors;
        this.settings = settings;
        this.deviceTerms = terms.read(works.deviceWords()).stream().map(QueryTerm::term).collect(Collectors.toSet());
        this.otherAccounts = OtherAccounts.bundled(terms::read);
    }

    ReadMessage read(String message, ExplainLog log) {
        String text = message == null ? "" : message;
        if (text.length() > settings.maxMessageChars) {
            text = text.substring(0, settings.maxMessageChars);
        }
        String written = terms.signatures().signatureOnOneLine(MissingSpaces.restored(SpelledAges.written(QuestionOaths.written(SpokenMarks.written(text)))));
        // Who writes and about whom is read from all they wrote, the need only from what they did not set aside.
        text = setAside.rest(written, this::namesAnythingKnown);
        if (log.on() && !text.equals(written)) {
            log.add("read", "set aside as not the errand: the rest is \"" + text + "\"");
        }
        List<ReadMessage.Part> parts = new ArrayList<>();
        List<String> split = MessageParts.of(text, backReferences, forgottenReferences, forgottenAlone);
        Writer writer = writerOf(written);
        List<QueryTerm> whole;
        if (split.size() > 1) {
            // Each part is read once; the whole message's terms are theirs, each term once, in order.
            Map<String, QueryTerm> union = new LinkedHashMap<>();
            String worksSoFar = null;
            List<QueryTerm> deviceSoFar = List.of();
            String before = "";
            for (String part : split) {
                Writer own = roles.of(part);
                if (worksSoFar != null && addsANeed.test(part, part)
                        && works.saysCredentialsForgotten(UniloginWorks.wordsOf(part))) {
                    // "Derudover har hans lillesøster glemt sin kode": a forgotten login added as a need is not the one
                    // that works.
                    worksSoFar = null;
                }
                // Read only where it decides: to find the first "works", or for a part about the writer's own login.
                String saysItWorks = worksSoFar == null || own.own() ? works.saysItWorks(part) : null;
                if (worksSoFar == null) {
                    worksSoFar = saysItWorks;
                }
                // "Unilogin works" speaks of one login: a later part about the writer's own ("men jeg
                // kender ikke mit eget brugernavn") is about another account.
                String partWorks = saysItWorks == null && own.own() ? null : worksSoFar;
                List<QueryTerm> partTerms = ownLoginStory(terms.read(part), part, writer);
                partTerms.forEach(t -> union.putIfAbsent(t.term(), t));
                List<QueryTerm> device = deviceAsDescribed(partTerms);
                if (device.isEmpty() && !deviceSoFar.isEmpty() && deviceReferences.containsAny(part)) {
                    // "Hun kan ikke logge på den": the device a sentence before named, as it was described
                    // ("vores egen computer" is no school's).
                    partTerms = new ArrayList<>(partTerms);
                    partTerms.addAll(deviceSoFar);
                }
                deviceSoFar = device.isEmpty() ? deviceSoFar : device;
                partTerms = withCodePointedTo(partTerms, before, part);
                before = part;
                boolean onlyWorks = saysItWorks != null && works.onlySaysItWorks(part, saysItWorks);
                parts.add(new ReadMessage.Part(part, partTerms, partWriter(own, writer), partWorks, onlyWorks));
            }
            whole = List.copyOf(union.values());
            Set<String> compared = otherAccounts.comparedIn(parts);
            if (!compared.isEmpty()) {
                // "Han taster sin Minecraft-kode i stedet. Hvordan får han en ny Unilogin-kode?": a comparison, not the topic.
                parts.replaceAll(part -> new ReadMessage.Part(part.text(), OtherAccounts.asStory(part.terms(), compared),
                        part.writer(), part.uniloginWorks(), part.onlySaysItWorks()));
                whole = OtherAccounts.asStory(whole, compared);
            }
        } else {
            whole = ownLoginStory(terms.read(text), text, writer);
        }
        // The phrase lists read the whole message's words, folded once.
        String[] words = UniloginWorks.wordsOf(text);
        String uniloginWorks = works.saysItWorks(words);
        Set<String> namedErrors = errors.namedIn(words);
        if (log.on()) {
            log.add("read", Math.max(1, parts.size()) + " part(s); writer: " + writer
                    + (uniloginWorks == null ? "" : "; says Unilogin works (\"" + uniloginWorks + "\")")
                    + (namedErrors.isEmpty() ? "" : "; names the error of " + String.join(", ", namedErrors)));
            log.add("", "terms: " + describe(whole));
        }
        // "også", "also" after the first part, "to ting" anywhere, or two parts written as questions that name something the
        // guide knows: the message states more than one need ("Hvad kan grunden være, og hvad gør vi så?" asks one).
        boolean addsANeed = !parts.isEmpty() && (this.addsANeed.test(text, afterFirstPart(text, parts))
                || parts.stream().filter(p -> MessageParts.isQuestion(p.text()) && namesAnythingKnown(p)).count() > 1);
        boolean schoolsOwnCase = UniloginWorksAdjustment.troubleGettingInWhereItWorks(works, uniloginWorks, parts, words);
        boolean ofAge = ages.named(written);
        return new ReadMessage(text, whole, parts, writer, uniloginWorks, addsANeed, namedErrors, words, schoolsOwnCase,
                deviceLogins.named(text), ofAge, ofAge && ages.saysOwnMitId(written));
    }

    /**
     * "Vi vil gerne skifte den", "Ronja kan ikke huske sit": the part read with the code the sentence before named
     * ("… kender hans kode.", "… skal kende deres brugernavn.").
     */
    private List<QueryTerm> withCodePointedTo(List<QueryTerm> partTerms, String before, String part) {
        String code = unnamedCode.pointedTo(before, part);
        if (code == null) {
            return partTerms;
        }
        Set<String> named = partTerms.stream().map(QueryTerm::term).collect(Collectors.toSet());
        List<QueryTerm> with = new ArrayList<>(partTerms);
        terms.read(code).stream().filter(t -> !named.contains(t.term())).forEach(with::add);
        return with;
    }

    /**
     * In a message about the writer's own login, what it is needed for is the story ({@link QueryReader#ownLoginStory}),
     * unless a question asks about it ("Hvornår er det næste forældremøde?"). A short question joined to the sentence it
     * points back to ("… for at tilmelde mig forældremødet. Hvordan får jeg det?") in words the guide and its neighbours
     * know leaves that sentence the story.
     */
    private List<QueryTerm> ownLoginStory(List<QueryTerm> read, String part, Writer writer) {
        if (!writer.own()) {
            return read;
        }
        if (!MessageParts.isQuestion(part)) {
            return terms.ownLoginStory(read, Set.of());
        }
        List<String> sentences = MessageParts.of(part);
        if (sentences.size() < 2) {
            return read;
        }
        List<QueryTerm> question = terms.read(sentences.get(sentences.size() - 1));
        if (question.stream().anyMatch(t -> t.foreign() || !t.known() && !t.story())) {
            // "… givet samtykke til billeder. Hvordan trækker vi det tilbage?": what the question does is no login's.
            return read;
        }
        return terms.ownLoginStory(read, question.stream().map(QueryTerm::term).collect(Collectors.toSet()));
    }

    /** A device the part names, with the words that describe it as no school's ("vores egen"); empty when it names none. */
    private List<QueryTerm> deviceAsDescribed(List<QueryTerm> partTerms) {
        List<QueryTerm> device = new ArrayList<>(2);
        boolean named = false;
        for (QueryTerm term : partTerms) {
            boolean isDevice = deviceTerms.contains(term.term());
            named |= isDevice;
            if (isDevice || term.foreign()) {
                device.add(term);
            }
        }
        return named ? device : List.of();
    }

    /**
     * Who writes, read from the whole message, or, where a parent and a child write by turns, from the turn that asks the
     * last question, when it says who writes: a parent's turn that names no one's login goes on from what came before the
     * first label. A child's turn that does not say it is left to the whole message: the parent may answer in it, unlabelled
     * ("Alfred: mit er Alfred! Nej skat, det er det ikke. Kan jeg finde begge dele?").
     */
    private Writer writerOf(String written) {
        SpeakerTurns.Turn turn = speakerTurns.askingTurn(written);
        if (turn == null) {
            return roles.of(written);
        }
        Writer speaking = roles.of(turn.text());
        if (turn.parent() && speaking.role() == Writer.Role.PARENT && !speaking.aboutChild() && !speaking.own()) {
            // "Far: Kan jeg finde det med mit MitID?": the parent's turn goes on from what was said before anyone's label
            // ("… far og Liv (9). Liv glemte det.").
            speaking = roles.of(turn.text() + " " + turn.before());
        }
        if (speaking.roleKey() != null) {
            return speaking;
        }
        return roles.of(written);
    }

    /**
     * Who writes a part: its own words when they say, else the whole message's. A parent who says
     * "as a parent" in a part about the children named elsewhere ("my kids … where can I see their
     * usernames as a parent?") still writes about them: only an own-login cue makes it their own.
     */
    private static Writer partWriter(Writer part, Writer whole) {
        if (part.roleKey() == null) {
            return whole;
        }
        boolean parentWithoutWhom = part.role() == Writer.Role.PARENT && !part.aboutChild() && !part.own();
        // A parent writes the whole message: a part's pupil cue ("Oskar fra 4. kl har glemt sin kode") is the child's.
        boolean pupilInAParentsMessage = part.role() == Writer.Role.PUPIL && whole.role() == Writer.Role.PARENT;
        return (parentWithoutWhom || pupilInAParentsMessage) && whole.aboutChild() ? whole : part;
    }

    static String describe(List<QueryTerm> terms) {
        if (terms.isEmpty()) {
            return "(none)";
        }
        return terms.stream().map(t -> String.format("%s %.2f%s", t.term(), t.weight(),
                t.story() ? " story" : t.foreign() ? " foreign" : !t.known() ? " unknown" : t.corrected() ? " corrected" : ""))
                .collect(Collectors.joining(", "));
    }

    /** Whether a text has a word the guide knows, beyond the story's ("Anyway, hvad gør vi?" has none). */
    private boolean namesAnythingKnown(String text) {
        return terms.read(text).stream().anyMatch(t -> t.known() && !t.story());
    }

    /** Whether a part has a word the guide knows, beyond the story's ("Hvad gør vi så?" has none). */
    private static boolean namesAnythingKnown(ReadMessage.Part part) {
        return part.terms().stream().anyMatch(t -> t.known() && !t.story());
    }

    /** What follows the message's first part, where a word that adds a need has a need before it to add to. */
    private static String afterFirstPart(String text, List<ReadMessage.Part> parts) {
        String first = parts.get(0).text();
        int at = text.indexOf(first);
        return at < 0 ? text : text.substring(at + first.length());
    }
}
