package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 5 for a message of several parts: which parts state a need, and which need is answered.
 * A part states a need when it is a question or names a problem or a wish, and the guide answers
 * it on its own with a score of at least {@code decide.part-threshold} and with words beyond who,
 * when and where. A word naming another
 * topic counts in its own part and, once, in every other part; when a part is a need about another
 * topic ("hun har glemt sin kode til Instagram"), every part counts all such words, as the rest of
 * the message is about that topic too; a part in Unilogin's own words that says no code belongs to the other topic
 * ("et screenshot af sin Unilogin-kode på Snapchat") is Unilogin's need. A message that says the login works and
 * asks only what no passage fits asks about something else. The writer's own order comes first ("VIGTIGST: …", "Mindre
 * vigtigt: …", {@link NeedMarkers}, also from a sentence of its own: {@link MarksInOtherSentences}); then a
 * question that asks for a username, a new code or where to log in, when it is the only need asked
 * ({@link GuideQuestionNeeds}); then a need the message states again in several parts when the whole message is sure
 * of it. A message that says it has several needs ("også", "also", "to ting") is answered with its first; else the
 * need the whole message points to, or the first part that scores near the strongest, as a story's side remarks are
 * no needs of their own; a part unsure between two passages does not overrule a whole message sure of a third.
 */
final class NeedSelector {
    private static final int MAX_CLOSING_WORDS = 6;
    /** The most words of a question that asks only how to go on ("Hvordan gør jeg det så?"). */
    private static final int MAX_HOW_TO_GO_ON_WORDS = 5;
    /** What a closing question points back with ("Hvem skal jeg skrive til om det?"): no words of a need of its own. */
    private static final Pattern POINTING_BACK = Pattern.compile(
            "(?iu)\\s+(?:om|angående|omkring|med|about|with)\\s+(?:det|dette|den|that|this|it)(?=\\s*\\?)");
    private static final int MAX_SIGN_OFF_WORDS = 5;
    /** The words of a writer's cue (as {@link WriterRoles#normalise} reads it) that say a login is their own, not only "mit brugernavn". */
    private static final Pattern OWN_IN_SO_MANY_WORDS = Pattern.compile("\\b(?:eget|egen|egne|selv|foralder|foraldre|voksen|own|myself)\\b");

    private final GuideIndex index;
    private final MatcherSettings settings;
    private final Set<String> context;
    private final NeedWords needWords;
    /** Who, when and where with the words of asking whom to turn to: what a closing "Hvem skal vi spørge?" is made of. */
    private final Set<String> turnTo;
    /** The questions the guide's steps never answer ({@code matching/outside-questions.txt}). */
    private final OutsideQuestions outsideQuestions;
    private final NeedMarkers markers;
    private final PassageRoles roles;
    private final MarksInOtherSentences marksElsewhere;
    /** Questions that ask for a username, a new code or where to log in. */
    private final GuideQuestionNeeds guideQuestionNeeds;
    /** What the guide hands out: a username, a new code. */
    private final GuideQuestions handedOut;

    /**
     * Scores a part of the message, read as {@code read}, offering a passage from {@code threshold}; with
     * {@code outsideDeclines} a message outside the guide that fits as well as the best passage declines them all.
     */
    @FunctionalInterface
    interface PartRanker {
        MatchResult rank(ReadMessage read, Query query, double threshold, boolean outsideDeclines);
    }

    NeedSelector(GuideIndex index, MatcherSettings settings, Set<String> context, NeedWords needWords, Set<String> turnToWords,
                 NeedMarkers markers, OutsideQuestions outsideQuestions, PassageRoles roles,
                 GuideQuestions guideQuestions) {
        this.guideQuestionNeeds = new GuideQuestionNeeds(guideQuestions, index, settings, markers, roles);
        this.handedOut = guideQuestions;
        this.markers = markers;
        this.outsideQuestions = outsideQuestions;
        this.roles = roles;
        this.index = index;
        this.settings = settings;
        this.context = Set.copyOf(context);
        this.needWords = needWords;
        Set<String> turnTo = new java.util.HashSet<>(context);
        turnTo.addAll(turnToWords);
        this.turnTo = Set.copyOf(turnTo);
        this.marksElsewhere = new MarksInOtherSentences(markers, index, settings, this.context);
    }

    /** The verdict for {@code read}, given the whole message's {@code whole} verdict and query; {@code rank} scores a query. */
    MatchResult select(ReadMessage read, Query wholeQuery, MatchResult whole, double otherTopicFit,
                       PartRanker rank, ExplainLog log) {
        List<Query> queries = new ArrayList<>();
        for (ReadMessage.Part part : read.parts()) {
            queries.add(Query.of(part.terms(), index, settings));
        }
        boolean otherTopic = false;
        List<MatchResult> results = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            // A part that cannot state a need is not scored, unless it names another topic.
            // A sentence saying only that Unilogin works ("Han kan sagtens logge ind med sit Unilogin, det er ikke
            // problemet.") tells what is not wrong.
            boolean candidate = statesANeed(read.parts().get(i).text()) && evidence(query) >= settings.minNeedEvidence
                    && !read.parts().get(i).onlySaysItWorks();
            if (!candidate && query.foreign() == 0) {
                results.add(null);
                continue;
            }
            int elsewhere = Math.min(1, wholeQuery.foreign() - query.foreign());
            ReadMessage asPart = read.forPart(read.parts().get(i));
            MatchResult result = rank.rank(asPart, query.withForeign(query.foreign() + elsewhere), settings.threshold, true);
            if (candidate && elsewhere > 0 && inUniloginsOwnWords(query)) {
                MatchResult alone = rank.rank(asPart, query, settings.threshold, true);
                if (alone.decision() == MatchDecision.ANSWER && alone.ranked().get(0).score() >= settings.sureClosingQuestion
                        && (MessageParts.isQuestion(read.parts().get(i).text())
                        || handedOut.handsOutALogin(alone.ranked().get(0).passageId()))) {
                    result = alone;
                }
            }
            results.add(candidate ? result : null);
            otherTopic |= query.foreign() > 0 && !namesUniloginBesideAnotherTopic(read.parts().get(i), query)
                    && isNeed(result, query, Math.pow(settings.foreignTopicFactor,
                    -Math.min(query.foreign() + elsewhere, settings.maxForeignWords)));
        }
        if (otherTopic) {
            // The rest of the message ("Hvordan får han en ny?") is about that topic too.
            log.add("decide", "a part asks about another topic: every part counts all such words");
            for (int i = 0; i < queries.size(); i++) {
                if (results.get(i) != null) {
                    results.set(i, rank.rank(read.forPart(read.parts().get(i)),
                            queries.get(i).withForeign(wholeQuery.foreign()), settings.threshold, true));
                }
            }
        }
        // The parts that ask for a username, a new code or where to log in ("Hvor kan jeg se hans brugernavn?").
        GuideQuestionNeeds.Asked guideQuestions =
                guideQuestionNeeds.find(read, queries, wholeQuery, rank, this::evidence, otherTopic);
        List<MatchResult> needs = new ArrayList<>();
        List<Query> needQueries = new ArrayList<>();
        List<Boolean> partNeeds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // How many parts (a closing question aside) state each need: a need stated again is the one asked.
        Map<String, Integer> stated = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            MatchResult result = results.get(i);
            String text = read.parts().get(i).text();
            if (log.on()) {
                log.add("part " + (i + 1), "\"" + TextScorer.brief(text) + "\": " + (result == null ? "states no need"
                        : result.decision() + result.best().map(m -> String.format(" %s %.3f", m.passageId(), m.score()))
                        .orElse("")));
            }
            // A message that as a whole is about another topic ("lektierne", "Wi-Fi") has a need of
            // the guide's only where a part fits the guide better than the whole fits that topic.
            // A question read alone as another passage than the one handing out what it points back to asks for that.
            boolean partNeed = result != null && isNeed(result, queries.get(i), 1)
                    && result.ranked().get(0).score() > otherTopicFit && !guideQuestions.readAloneAsAnotherThing(i, result);
            // Below the threshold, a part the writer marks first states the need the whole message is sure of, with its verdict.
            boolean markedNeed = !partNeed && result != null && markedFirstAsTheWholeReadsIt(text, result, whole);
            // Below the threshold, a question asking for what the guide hands out states that need.
            boolean guideQuestion = !partNeed && !markedNeed && guideQuestions.statesANeed(i, whole);
            // A question asking for what the whole message is sure of asks that, whatever it reads alone.
            boolean asksWhatTheWholeIs = guideQuestions.asksWhatTheWholeIsSureOf(i, whole, result);
            boolean need = partNeed || markedNeed || guideQuestion || asksWhatTheWholeIs;
            partNeeds.add(need || guideQuestions.asks(i));
            MatchResult verdict = markedNeed ? asAnswer(whole) : asksWhatTheWholeIs ? whole
                    : guideQuestion ? guideQuestions.verdict(i) : result;
            if (need && !closingQuestion(text, read)) {
                stated.merge(verdict.ranked().get(0).passageId(), 1, Integer::sum);
            }
            if (need && seen.add(verdict.ranked().get(0).passageId())) {
                needs.add(verdict.from(text, List.of()));
                needQueries.add(queries.get(i));
            }
        }
        if (needs.isEmpty() && asksNothing(wholeQuery, whole)) {
            log.add("decide", "NONE: no part states a need and the message's words beyond who, when and where are too few");
            return MatchResult.none(whole.ranked());
        }
        if (asksOnlyWhatTheGuideDoesNot(read, partNeeds)) {
            log.add("decide", "NONE: the message asks whether, when or at what cost, and none of its questions asks what the guide answers");
            return MatchResult.none(whole.ranked());
        }
        if (needs.isEmpty() && asksAboutSomethingElse(read, results)) {
            log.add("decide", "NONE: the login works, and what the message asks is something the guide does not answer");
            return MatchResult.none(whole.ranked());
        }
        if (needs.isEmpty() && onlyThanks(read)) {
            log.add("decide", "NONE: a thank-you: the message thanks for what was, states no need and asks nothing");
            return MatchResult.none(whole.ranked());
        }
        Optional<MatchResult> guideQuestion = guideQuestionNeeds.whatIsAsked(read, whole, guideQuestions, needs,
                marksElsewhere.markedFirst(read, results, needs));
        if (guideQuestion.isPresent()) {
            log.add("decide", "a question asks for what the guide hands out: a username, a new code or where to log in");
            return withAlsoAsked(guideQuestion.get(), needs, log);
        }
        if (needs.size() == 1 && closingQuestion(needs.get(0).part(), read)
                && (leansTheSameWay(needs.get(0), whole) || sureAndNearTheTop(needs.get(0), whole))
                && evidence(needQueries.get(0), turnTo) >= settings.minNeedEvidence) {
            log.add("decide", "the closing question is sure of the passage the whole message leans to");
            return needs.get(0);
        }
        if (needs.isEmpty() || needs.size() == 1 && closingQuestion(needs.get(0).part(), read)) {
            return whole;
        }
        // A short closing question ("Hvem skal jeg spørge?") asks how to get the needs before it met:
        // one of those is answered first, and the closing question is offered besides.
        List<MatchResult> firstCandidates = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            if (!(closingQuestion(needs.get(i).part(), read) && evidence(needQueries.get(i), turnTo) < settings.minNeedEvidence)) {
                firstCandidates.add(needs.get(i));
            }
        }
        Set<String> goingOn = new HashSet<>();
        for (int i = 0; i < needs.size(); i++) {
            if (shortClauseGoingOn(needs.get(i).part(), needQueries.get(i))) {
                goingOn.add(needs.get(i).part());
            }
        }
        MatchResult first = primary(read, whole, firstCandidates.isEmpty() ? needs : firstCandidates, stated,
                marksElsewhere.markedFirst(read, results, needs), marksElsewhere.markedLater(read, results, needs), goingOn);
        Optional<MatchResult> askedOnward = askedOnwardFromTheCauses(read, first, needs, guideQuestions);
        if (askedOnward.isPresent()) {
            log.add("decide", "the failed login is told, and a later question asks for what the usual causes send on to");
            return withAlsoAsked(askedOnward.get(), needs, log);
        }
        return withAlsoAsked(first, needs, log);
    }

    /**
     * A failed login told in words of its own ("Nu kan jeg ikke komme ind.", "der står at koden er forkert") reads as the
     * usual causes ({@link UsualCauses}), but a later question for what a passage those causes send on to hands out
     * ("Kan han lave en ny kode til mig?") has gone that step already: it is the need. A question whether one should
     * ("Skal jeg lave en ny kode til hende?") only guesses at the step, and a quoted error the causes passage names ("der
     * står 'Ingen adgang'") stays that passage.
     */
    private Optional<MatchResult> askedOnwardFromTheCauses(ReadMessage read, MatchResult first, List<MatchResult> needs,
                                                         GuideQuestionNeeds.Asked guideQuestions) {
        if (first.decision() != MatchDecision.ANSWER || first.ranked().isEmpty()) {
            return Optional.empty();
        }
        String causes = first.ranked().get(0).passageId();
        int firstPart = partIndex(read, first.part());
        if (firstPart < 0 || read.namedErrors().contains(causes)) {
            return Optional.empty();
        }
        for (MatchResult need : needs) {
            int part = partIndex(read, need.part());
            if (part > firstPart && guideQuestions.asks(part) && !handedOut.guessesWhether(lastQuestion(need.part()))
                    && need.decision() == MatchDecision.ANSWER
                    && index.usualCauses().sendsOn(causes, need.ranked().get(0).passageId())) {
                return Optional.of(need);
            }
        }
        return Optional.empty();
    }

    /** The part's last question, from the end of the sentence before it ("Nu kan jeg ikke. Kan han …?" → "Kan han …?"). */
    private static String lastQuestion(String part) {
        int end = part.lastIndexOf('?');
        if (end < 0) {
            return part;
        }
        int start = end;
        while (start > 0 && ".!?".indexOf(part.charAt(start - 1)) < 0) {
            start--;
        }
        return part.substring(start, end + 1).strip();
    }

    private static int partIndex(ReadMessage read, String text) {
        for (int i = 0; i < read.parts().size(); i++) {
            if (read.parts().get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code first} with the other needs of the message asked besides. */
    private static MatchResult withAlsoAsked(MatchResult first, List<MatchResult> needs, ExplainLog log) {
        String chosen = first.ranked().get(0).passageId();
        List<MatchResult.AlsoAsked> also = needs.stream().filter(n -> !n.ranked().get(0).passageId().equals(chosen))
                .map(n -> new MatchResult.AlsoAsked(n.part(), n.ranked().get(0).passageId())).toList();
        if (log.on()) {
            log.add("decide", "the need: \"" + TextScorer.brief(first.part()) + "\" -> " + first.decision() + " " + chosen
                    + (also.isEmpty() ? "" : "; also asked: " + also.stream().map(MatchResult.AlsoAsked::passageId).toList()));
        }
        return first.from(first.part(), also);
    }

    /**
     * A question the guide's steps never answer ({@code matching/outside-questions.txt}: "Må han have sin mobil med?",
     * "Hvornår starter skolen?") in a part that states no need of the guide, while no question of the message states
     * one: the needs found stand in the story around it ("Hun fik en ny kode, og alt virker. Hvordan søger man om
     * at skifte klasse?"), not in what is asked. A short closing question that asks how ("Hvordan gør vi?") after a
     * sentence stating a need asks the way to meet that need, whatever jokes stand around it.
     */
    private boolean asksOnlyWhatTheGuideDoesNot(ReadMessage read, List<Boolean> partNeeds) {
        boolean outsideQuestion = false;
        boolean statedNeed = false;
        for (int i = 0; i < partNeeds.size(); i++) {
            String text = read.parts().get(i).text();
            boolean question = MessageParts.isQuestion(text);
            if (!question && partNeeds.get(i)) {
                statedNeed = true;
                continue;
            }
            // Whether one may do what the guide tells how to do ("Må jeg selv finde hans brugernavn?"), what it costs ("Skal
            // vi betale for en ny kode?") or a question whose other choice is how to go on, of a need this part or one before
            // it states, asks how to do it.
            if (outsideQuestions.asksIn(text, question)
                    && !(question && (partNeeds.get(i) || statedNeed) && outsideQuestions.asksHowToTakeAStep(text))) {
                outsideQuestion = true;
            } else if (question && partNeeds.get(i) && !pointsBack(text, read)) {
                // A closing question that points back ("Hvem skal vi spørge om det?") asks whom to ask about what came before.
                return false;
            } else if (statedNeed && asksHowToGoOn(text, read)) {
                return false;
            }
        }
        // A question split into parts at "og" ("Hvornår er det, hvad koster det, og hvad skal han have med?") is read whole,
        // from the message as read.
        String whole = read.text();
        int start = 0;
        for (int i = 0; i < whole.length() && !outsideQuestion; i++) {
            char c = whole.charAt(i);
            if (c == '?') {
                String sentence = whole.substring(start, i + 1);
                outsideQuestion = outsideQuestions.asksIn(sentence, true)
                        && !(partNeeds.contains(true) && outsideQuestions.asksHowToTakeAStep(sentence));
            }
            if (c == '.' || c == '!' || c == '?') {
                start = i + 1;
            }
        }
        return outsideQuestion;
    }

    /**
     * A message that says the login works ("han kan godt logge ind") and then asks or names a problem that every
     * passage fits poorly (below {@code decide.other-question-ceiling}: "… hvordan sletter jeg ting på iPad'en?", "men
     * vi kan ikke finde ud af, hvornår prøverne er") or asks in words the guide does not know (at least
     * {@code decide.other-question-unknown-words}), with no part stating a need the guide answers, asks about
     * something else: the login around it is not the question.
     */
    private boolean asksAboutSomethingElse(ReadMessage read, List<MatchResult> results) {
        if (read.uniloginWorks() == null) {
            return false;
        }
        for (int i = 0; i < results.size(); i++) {
            String text = read.parts().get(i).text();
            MatchResult result = results.get(i);
            if (result != null && !closingQuestion(text, read)
                    && (result.ranked().isEmpty() || result.ranked().get(0).score() < settings.otherQuestionCeiling)) {
                return true;
            }
            // A question in words the guide does not know ("Hvordan får man billeder fjernet fra galleriet?") asks about them.
            if (result == null && MessageParts.isQuestion(text)
                    && unknownWords(read.parts().get(i)) >= settings.otherQuestionUnknownWords) {
                return true;
            }
        }
        return false;
    }

    /**
     * The need of several whose passage is the error the message quotes ("Ingen adgang"), when the whole message is sure of
     * that passage and says of no further need ("også").
     */
    private static Optional<MatchResult> quotedErrorTheWholeIsSureOf(ReadMessage read, MatchResult whole,
                                                                     List<MatchResult> needs) {
        if (needs.size() < 2 || read.addsANeed() || whole.decision() != MatchDecision.ANSWER
                || !read.namedErrors().contains(whole.ranked().get(0).passageId())) {
            return Optional.empty();
        }
        String passage = whole.ranked().get(0).passageId();
        return needs.stream().skip(1).filter(n -> n.ranked().get(0).passageId().equals(passage)).findFirst();
    }

    /**
     * Whether the message thanks for what was ("Tusind tak for hjælpen i går! Vi fik lavet en ny adgangskode til Filippa,
     * og hun loggede ind helt selv.") and asks nothing, neither in a question nor by saying it wants to know: with no part
     * stating a need, the code or username it names is what was mended, nothing to answer.
     */
    private boolean onlyThanks(ReadMessage read) {
        return outsideQuestions.thanks(read.text())
                && read.parts().stream().map(ReadMessage.Part::text)
                .noneMatch(text -> MessageParts.isQuestion(text) || outsideQuestions.saysWantingToKnow(text));
    }

    /**
     * A part the writer marks as the first need ("MEN vigtigst: jeg har glemt mit brugernavn …") states a need even
     * below the part threshold when the whole message is sure of a passage the part scores at or near its best
     * (within {@code decide.need-margin}): the rest of the message says who writes and what is meant. The whole may fall
     * short of the threshold by as much as that margin ("Vi ved ikke hvor … , og oveni har hun glemt sin kode - koden er
     * klart det vigtigste"): a second need told beside the marked one dilutes it.
     */
    private boolean markedFirstAsTheWholeReadsIt(String part, MatchResult result, MatchResult whole) {
        if (!markers.first().containsAny(part) || whole.ranked().isEmpty() || result.ranked().isEmpty()
                || whole.decision() != MatchDecision.ANSWER
                && whole.ranked().get(0).score() < settings.threshold - settings.needMargin) {
            return false;
        }
        String passage = whole.ranked().get(0).passageId();
        double best = result.ranked().get(0).score();
        return ranksNear(result, passage, best);
    }

    /** The whole message's verdict answered with its first passage: a marked part states it though a story dilutes the whole. */
    private static MatchResult asAnswer(MatchResult whole) {
        return whole.decision() == MatchDecision.ANSWER ? whole : new MatchResult(MatchDecision.ANSWER, whole.ranked());
    }

    /**
     * A closing question the guide answers on its own ("Hvordan sætter jeg en ny?") about the passage the whole message
     * ranks first but below the threshold (a long story dilutes it) answers with that passage; one that only asks whom
     * to turn to ("Hvem kan hjælpe os?") does not, as the story before it may be about anything.
     */
    private static boolean leansTheSameWay(MatchResult need, MatchResult whole) {
        return whole.decision() == MatchDecision.NONE && need.decision() == MatchDecision.ANSWER && !whole.ranked().isEmpty()
                && whole.ranked().get(0).passageId().equals(need.ranked().get(0).passageId());
    }

    /**
     * A closing question sure of a passage on its own ({@code decide.sure-closing-question}: "Hvor skal vi logge ind?")
     * after a story that leaves the whole message below the threshold with that passage near its first
     * ({@code decide.need-margin}) is the question: the story dilutes the whole, it does not ask something else.
     */
    private boolean sureAndNearTheTop(MatchResult need, MatchResult whole) {
        if (whole.decision() != MatchDecision.NONE || need.decision() != MatchDecision.ANSWER || whole.ranked().isEmpty()
                || need.ranked().get(0).score() < settings.sureClosingQuestion) {
            return false;
        }
        String passage = need.ranked().get(0).passageId();
        double top = whole.ranked().get(0).score();
        return ranksNear(whole, passage, top);
    }

    /**
     * A part naming no other topic itself, in Unilogin's own words. A question sure of a passage on its own
     * ({@code decide.sure-closing-question}) asks that, whatever else the story names ("Vaskemaskinen er gået i
     * stykker. ... Hvordan aktiverer jeg mit Unilogin?"), and so does a statement sure of a passage that hands out a
     * username or a new code ("Emil kan ikke huske sin adgangskode til Unilogin.", told beside a work computer); one in
     * everyday words ("Hvordan får jeg en ny kode?") may still be about the other topic.
     */
    private boolean inUniloginsOwnWords(Query query) {
        return query.foreign() == 0 && namesGuideSubject(query);
    }

    /**
     * A part that names Unilogin's own words beside another topic that no code or login is said to belong to ("tog et
     * screenshot af sin Unilogin-kode og lagde det på Snapchat"): its need is Unilogin's, not the other topic's.
     */
    private boolean namesUniloginBesideAnotherTopic(ReadMessage.Part part, Query query) {
        return part.terms().stream().noneMatch(t -> t.foreign() && t.codeOwner()) && namesGuideSubject(query);
    }

    /** How many different words of a part neither the guide nor the story knows. */
    private static int unknownWords(ReadMessage.Part part) {
        Set<String> unknown = new HashSet<>();
        for (QueryTerm term : part.terms()) {
            if (!term.known() && !term.story() && term.weight() > 0) {
                unknown.add(term.term());
            }
        }
        return unknown.size();
    }

    /**
     * A message of one sentence that asks nothing ({@link #asksNothing}) is answered with NONE, and so is one that asks what
     * the guide never answers ({@code matching/outside-questions.txt}), as a question part of a longer message would be; one
     * that asks for a username or a new code is answered from {@code decide.guide-question-threshold}.
     */
    MatchResult singleSentence(ReadMessage read, Query query, MatchResult whole, ExplainLog log) {
        if (asksNothing(query, whole)) {
            log.add("decide", "NONE: the message's words beyond who, when and where are too few");
            return MatchResult.none(whole.ranked());
        }
        if (whole.decision() != MatchDecision.NONE && MessageParts.isQuestion(read.text())
                && outsideQuestions.asksIn(read.text(), true)) {
            log.add("decide", "NONE: the message asks whether, when or at what cost, which the guide does not answer");
            return MatchResult.none(whole.ranked());
        }
        if (whole.decision() == MatchDecision.CLARIFY && query.foreign() == 0 && MessageParts.isQuestion(read.text())) {
            GuideQuestions.Asked asked = askedByTheWhole(read);
            MatchResult chosen = asked == null ? whole : GuideQuestionNeeds.askedOfTwo(whole, asked);
            if (chosen != whole) {
                log.add("decide", "unsure between two passages, the question asks where to log in: "
                        + chosen.ranked().get(0).passageId());
                return chosen;
            }
        }
        if (asksForWhatIsHandedOut(read, query, whole)) {
            // "hvordan finder jeg hans brugernavn": a question for a username or a new code, or where to log in, in no other
            // topic's words, asks the guide though a few words of story beside it leave it unsure.
            log.add("decide", "a question asks for what the guide hands out: a username, a new code or where to log in");
            return new MatchResult(MatchDecision.ANSWER, whole.ranked());
        }
        return whole;
    }

    /**
     * Whether a one-sentence message below the threshold asks for a username or a new code, or asks where to log in
     * ({@link GuideQuestions}), which its best passage tells, from {@code decide.guide-question-threshold}, naming no other
     * topic.
     */
    private boolean asksForWhatIsHandedOut(ReadMessage read, Query query, MatchResult whole) {
        if (whole.decision() != MatchDecision.NONE || whole.ranked().isEmpty() || query.foreign() != 0
                || whole.ranked().get(0).score() < settings.guideQuestionThreshold
                || !MessageParts.isQuestion(read.text()) && !handedOut.wishes(read.text())
                || outsideQuestions.asksIn(read.text(), true)) {
            return false;
        }
        GuideQuestions.Asked asked = askedByTheWhole(read);
        return asked != null && (!asked.where() || MessageParts.isQuestion(read.text()))
                && asked.passages().contains(whole.ranked().get(0).passageId());
    }

    /** What a one-sentence message asks for ({@link GuideQuestions#asked}), the whole message read as its one part. */
    private GuideQuestions.Asked askedByTheWhole(ReadMessage read) {
        return handedOut.asked(List.of(new ReadMessage.Part(read.text(), read.terms(), read.writer(), null, false)), 0);
    }

    /**
     * Who writes, the class and the day ("Min søn går i 2. klasse", "hvor meget tjener en lærer") fit
     * many passages but ask nothing; a message naming the guide's subject ("unilogin") asks about it.
     */
    private boolean asksNothing(Query query, MatchResult whole) {
        return whole.decision() != MatchDecision.NONE && evidence(query) < settings.minNeedEvidence
                && !namesGuideSubject(query);
    }

    private MatchResult primary(ReadMessage read, MatchResult whole, List<MatchResult> needs, Map<String, Integer> stated,
                                String markedElsewhere, Set<String> laterElsewhere, Set<String> goingOn) {
        boolean oneNeedStated = needs.size() == 1 && !read.addsANeed();
        if (read.writer().role() == Writer.Role.PUPIL && !whole.ranked().isEmpty()
                && !forAnotherWriter(whole, read.writer())) {
            // A part read alone cannot make a pupil a parent ("… og min mor er på arbejde"): a pupil's needs are a pupil's.
            List<MatchResult> pupils = needs.stream().filter(n -> !forAnotherWriter(n, read.writer())
                    || roles.suitsUnless(n.ranked().get(0).passageId(), read.writer().roleKey()) != null).toList();
            needs = pupils.isEmpty() ? needs : pupils;
        }
        // The writer's own order ("VIGTIGST: …", "Mindre vigtigt: …") comes before any of ours.
        List<MatchResult> notLater = needs.stream()
                .filter(n -> !markers.later().containsAny(n.part()) && !laterElsewhere.contains(n.part())).toList();
        if (!notLater.isEmpty()) {
            needs = notLater;
        }
        Optional<MatchResult> markedFirst = needs.stream()
                .filter(n -> markers.first().containsAny(n.part()) || n.part().equals(markedElsewhere)).findFirst();
        if (markedFirst.isPresent()) {
            return markedFirst.get();
        }
        Optional<MatchResult> statedAgain = statedAgain(whole, needs, stated);
        if (statedAgain.isPresent()) {
            return statedAgain.get();
        }
        MatchResult first = needs.get(0);
        Optional<MatchResult> quotedError = quotedErrorTheWholeIsSureOf(read, whole, needs);
        if (quotedError.isPresent() && !MessageParts.asks(first.part()) && !needWords.tellsTrouble(first.part())) {
            // "Jeg er lige kommet på ny skole, og når jeg logger ind … kommer der Ingen adgang. Hvad betyder det?": the error
            // the message quotes, which the whole is sure of, is asked about; a sentence before it that neither asks ("hvad
            // er hans brugernavn") nor tells trouble ("har glemt mit brugernavn") is the story.
            return whole.from(quotedError.get().part(), List.of());
        }
        if (needs.size() > 1 && (read.addsANeed()
                || needs.stream().skip(1).anyMatch(n -> MessageParts.joinedClause(n.part())))) {
            return first;
        }
        double strongest = needs.stream().mapToDouble(n -> n.ranked().get(0).score()).max().orElse(0);
        first = needs.stream().filter(n -> n.ranked().get(0).score() >= strongest - settings.needMargin).findFirst().orElse(first);
        if (whole.decision() == MatchDecision.NONE) {
            return first;
        }
        // The need the whole message points to: sure of it, with the whole's verdict; unsure, as the part reads it.
        String passage = whole.ranked().get(0).passageId();
        if (whole.decision() == MatchDecision.ANSWER && needs.size() == 1 && (read.writer().role() == Writer.Role.PUPIL
                || read.writer().role() == Writer.Role.PARENT && saysItIsTheirOwn(read.writer()) && oneNeedStated)
                && forAnotherWriter(first, read.writer()) && !forAnotherWriter(whole, read.writer())
                && roles.suitsUnless(first.ranked().get(0).passageId(), read.writer().roleKey()) == null) {
            // A part read alone cannot make a pupil a parent ("Jeg er 15 … Vil bare have mit eget brugernavn"); a
            // parent's parts may well be about their own login and their child's, each its own, unless the parent says in
            // so many words that the one need is their own ("får kun vist mine børns. Jeg skal bruge mit eget"). A
            // passage that suits a pupil without a word ("pupil unless brugernavn": a new code while the old is known)
            // stays the part's.
            return whole.from(first.part(), List.of());
        }
        Optional<MatchResult> pointed = needFor(needs, passage);
        if (pointed.isEmpty() && !read.addsANeed() && unsureBesideASureWhole(first, whole)) {
            return whole;
        }
        if (pointed.isEmpty() && !read.addsANeed() && whole.decision() == MatchDecision.ANSWER
                && goingOn.contains(first.part())) {
            // "Den spørger om login, og hun kan ikke komme ind": the school computer the sentence names, not any login.
            return whole;
        }
        if (pointed.isEmpty() && !read.addsANeed() && needs.size() == 1 && leansToASurerWhole(first, whole)
                && !read.namedErrors().contains(first.ranked().get(0).passageId())) {
            // "… men den siger bare at oplysningerne er forkerte" after "skolens bærbare … når vi tænder den": the one
            // sentence read alone misses what the story around it says; a quoted error is what it says it is.
            return whole.from(first.part(), List.of());
        }
        if (pointed.isEmpty() && !read.addsANeed() && whole.decision() == MatchDecision.ANSWER
                && needs.stream().allMatch(n -> onlyAWish(n.part()))) {
            // A wish or a purpose alone ("… skal lave opgave i Office365 til fredag") does not overrule a sure whole.
            return whole;
        }
        return whole.decision() == MatchDecision.ANSWER
                ? pointed.map(n -> whole.from(n.part(), List.of())).orElse(first) : pointed.orElse(first);
    }

    /**
     * The need the whole message is sure of when more of its parts state it than any other need
     * ("fik ny kode i går og nu står der ingen adgang … hvorfor står der ingen adgang??").
     */
    private static Optional<MatchResult> statedAgain(MatchResult whole, List<MatchResult> needs, Map<String, Integer> stated) {
        if (whole.decision() != MatchDecision.ANSWER || needs.size() < 2) {
            return Optional.empty();
        }
        String passage = whole.ranked().get(0).passageId();
        int times = stated.getOrDefault(passage, 0);
        boolean most = times > 1 && stated.entrySet().stream().noneMatch(e -> !e.getKey().equals(passage) && e.getValue() >= times);
        return most ? needFor(needs, passage).map(n -> whole.from(n.part(), List.of())) : Optional.empty();
    }

    /**
     * A part unsure between two passages (CLARIFY) does not overrule a whole message that is sure of a third and
     * scores it higher ("… men ingen af os kender hans Unilogin-brugernavn … Hvor kan jeg som forælder finde det?"
     * read as the computer's login in its first part).
     */
    private static boolean unsureBesideASureWhole(MatchResult need, MatchResult whole) {
        if (whole.decision() != MatchDecision.ANSWER || need.decision() != MatchDecision.CLARIFY) {
            return false;
        }
        String passage = whole.ranked().get(0).passageId();
        return whole.ranked().get(0).score() > need.ranked().get(0).score()
                && need.ranked().stream().limit(2).noneMatch(m -> m.passageId().equals(passage));
    }

    /**
     * Whether the one need a part states scores below the passage the whole message is sure of, and the part ranks that
     * passage within {@code decide.need-margin} of its own first: the part leans the whole's way, only less surely.
     */
    private boolean leansToASurerWhole(MatchResult need, MatchResult whole) {
        if (whole.decision() != MatchDecision.ANSWER || need.ranked().isEmpty()) {
            return false;
        }
        String passage = whole.ranked().get(0).passageId();
        double best = need.ranked().get(0).score();
        return whole.ranked().get(0).score() > best && ranksNear(need, passage, best);
    }

    /**
     * A clause going on from the sentence before it ("…, og hun kan ikke komme ind"), short
     * ({@code decide.going-on-clause-words}), naming no username, code or other topic: read alone, it says no more than
     * that sentence.
     */
    private boolean shortClauseGoingOn(String part, Query query) {
        return MessageParts.joinedClause(part) && !MessageParts.isQuestion(part)
                && MessageParts.words(part) <= settings.goingOnClauseWords && !handedOut.namesALogin(part) && query.foreign() == 0;
    }

    /** Whether {@code result} scores {@code passage} within {@code decide.need-margin} of {@code score}. */
    private boolean ranksNear(MatchResult result, String passage, double score) {
        return result.ranked().stream().anyMatch(m -> m.passageId().equals(passage) && m.score() >= score - settings.needMargin);
    }

    /** The need whose passage is {@code passageId}, if a part states it. */
    private static Optional<MatchResult> needFor(List<MatchResult> needs, String passageId) {
        return needs.stream().filter(n -> n.ranked().get(0).passageId().equals(passageId)).findFirst();
    }

    /** Whether a verdict's passage is written for another writer than the one the message names. */
    private boolean forAnotherWriter(MatchResult result, Writer writer) {
        String role = writer.roleKey();
        return role != null && !roles.suits(result.ranked().get(0).passageId(), role);
    }

    /**
     * A short question at the end of a longer message ("Hvem skal vi kontakte?", "Kan du hjælpe?") asks
     * about what the message told before it: alone it states no need of its own.
     */
    private boolean closingQuestion(String part, ReadMessage read) {
        List<ReadMessage.Part> parts = read.parts();
        int last = parts.size() - 1;
        // A sign-off after it ("Venlig hilsen Poul, 74 år") leaves it the closing question.
        while (last > 0 && signOff(parts.get(last).text())) {
            last--;
        }
        return parts.size() > 1 && last > 0 && parts.get(last).text().equals(part) && MessageParts.isQuestion(part)
                && MessageParts.words(POINTING_BACK.matcher(part).replaceAll("")) <= MAX_CLOSING_WORDS;
    }

    /**
     * A parent who says the login is their own in so many words ("mit eget", "som forælder", "til mig selv"), not only
     * "mit brugernavn", which a pupil writes too.
     */
    private static boolean saysItIsTheirOwn(Writer writer) {
        return writer.own() && OWN_IN_SO_MANY_WORDS.matcher(writer.cue()).find();
    }

    /** A closing question of a few words that asks how, naming nothing of its own ("Hvordan gør vi?", "How do I do that?"). */
    private boolean asksHowToGoOn(String part, ReadMessage read) {
        return handedOut.asksHow(part) && closingQuestion(part, read) && MessageParts.words(part) <= MAX_HOW_TO_GO_ON_WORDS;
    }

    /** A short closing question that points back to what came before ("Hvem skal jeg skrive til om det?"). */
    private boolean pointsBack(String part, ReadMessage read) {
        return POINTING_BACK.matcher(part).find() && closingQuestion(part, read);
    }

    /** A few words that neither ask nor state a need: a greeting or a signature. */
    private boolean signOff(String part) {
        return MessageParts.words(part) <= MAX_SIGN_OFF_WORDS && !statesANeed(part);
    }

    /** A sentence that only voices a wish or a purpose ("… skal lave opgave i Office365 til fredag"), asking nothing. */
    private boolean onlyAWish(String part) {
        return !MessageParts.isQuestion(part) && !needWords.namesMoreThanAWish(part);
    }

    /** A question, or a sentence with a word of a problem or a wish ({@code matching/need-words.txt}). */
    private boolean statesANeed(String part) {
        // Read again as the analyzer reads it, a phrase join may say a word of a wish is none ("fik ny kode for en uge siden").
        return MessageParts.isQuestion(part)
                || needWords.all().containsAny(part) && needWords.all().containsAny(GuideAnalyzer.joined(part));
    }

    /** Whether a part's verdict, its score multiplied by {@code lift}, states a need. */
    private boolean isNeed(MatchResult result, Query query, double lift) {
        return !result.ranked().isEmpty() && (result.decision() != MatchDecision.NONE || lift > 1)
                && result.ranked().get(0).score() * lift >= settings.partThreshold
                && evidence(query) >= settings.minNeedEvidence;
    }

    /** Whether a word of the query names the guide's own subject. */
    private boolean namesGuideSubject(Query query) {
        return query.weights().keySet().stream().anyMatch(this::namesGuideSubject);
    }

    /** A word of the guide's own subject ("unilogin", "brugernavn"), not one of who, when and where or an everyday word. */
    private boolean namesGuideSubject(String term) {
        return index.marksGuide(term) && !context.contains(term)
                && index.unknownWords().classify(term, Set.of()) != UnknownWords.Kind.FILLER;
    }

    /** The weight of the guide's words in a query other than who, when and where. */
    private double evidence(Query query) {
        return evidence(query, context);
    }

    /** The weight of the guide's words in a query other than {@code besides}. */
    private double evidence(Query query, Set<String> besides) {
        double evidence = 0;
        for (var term : query.weights().entrySet()) {
            if (!besides.contains(term.getKey()) && index.usedByGuide(term.getKey())) {
                evidence += term.getValue();
            }
        }
        return evidence;
    }
}
