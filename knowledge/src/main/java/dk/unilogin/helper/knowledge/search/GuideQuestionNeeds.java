package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Stage 5, the questions of a message that ask for what the guide hands out ({@link GuideQuestions}: "Hvor kan
 * jeg se hans brugernavn?", "Hvordan giver jeg ham en ny kode?", "Hvor skal hun logge ind?"): each one read on its own from
 * {@code decide.guide-question-threshold}, and whether one of them is what the message asks, however long the
 * story around it.
 */
final class GuideQuestionNeeds {
    private final GuideQuestions questions;
    private final GuideIndex index;
    private final MatcherSettings settings;
    private final NeedMarkers markers;
    private final PassageRoles roles;

    GuideQuestionNeeds(GuideQuestions questions, GuideIndex index, MatcherSettings settings, NeedMarkers markers,
                    PassageRoles roles) {
        this.questions = questions;
        this.index = index;
        this.settings = settings;
        this.markers = markers;
        this.roles = roles;
    }

    /** A part's question: its verdict read on its own, and what it asks for. */
    record Found(MatchResult verdict, GuideQuestions.Asked form) {
    }

    /** The parts of one message that ask for what the guide hands out, by their index in the order written. */
    record Asked(SortedMap<Integer, Found> parts) {

        boolean asks(int part) {
            return parts.containsKey(part);
        }

        MatchResult verdict(int part) {
            return parts.get(part).verdict();
        }

        /**
         * Whether part {@code part}'s question, read with the part that names what it asks for, asks for the passage the
         * whole message is sure of ("… ved ikke hvad hendes brugernavn er. Hvor kan jeg se det?"), whatever the question
         * alone reads ("hvor kan jeg se det" fits a code too); read alone as another passage that hands it out, it says
         * whose it is better than the whole ("… jeg er 12 … hvem kan give mig det?").
         *
         * @param alone the question's verdict read alone, or null
         */
        boolean asksWhatTheWholeIsSureOf(int part, MatchResult whole, MatchResult alone) {
            String readAlone = firstPassage(alone);
            return asks(part) && whole.decision() == MatchDecision.ANSWER
                    && verdict(part).ranked().get(0).passageId().equals(whole.ranked().get(0).passageId())
                    && (readAlone == null || !parts.get(part).form().passages().contains(readAlone));
        }

        /**
         * Whether part {@code part}'s question, read alone as a passage that does not hand out what it asks for ("Hvor kan
         * jeg som mor slå det op?" read alone as a new code, after "… aldrig set brugernavnet"), asks for what the part
         * it points back to names.
         */
        boolean readAloneAsAnotherThing(int part, MatchResult alone) {
            String readAlone = firstPassage(alone);
            return asks(part) && parts.get(part).form().namingPart() != part && readAlone != null
                    && !parts.get(part).form().passages().contains(readAlone);
        }

        /** The passage {@code result} ranks first, or null when there is no result or it ranks none. */
        private static String firstPassage(MatchResult result) {
            return result == null || result.ranked().isEmpty() ? null : result.ranked().get(0).passageId();
        }

        /**
         * Whether part {@code part}'s question states a need of its own: not when the whole message is sure of another
         * passage that hands the same thing out, as whose login it is the whole reads better than the question.
         */
        boolean statesANeed(int part, MatchResult whole) {
            if (!asks(part)) {
                return false;
            }
            String passage = whole.ranked().isEmpty() ? "" : whole.ranked().get(0).passageId();
            return !(whole.decision() == MatchDecision.ANSWER && parts.get(part).form().passages().contains(passage)
                    && !passage.equals(verdict(part).ranked().get(0).passageId()));
        }
    }

    /**
     * The parts of {@code read} that ask for what the guide hands out, as a question or, for a username or a new code, as
     * a wish ("Vi mangler en ny adgangskode til ham"), and name no other topic, nor does the part that names what is
     * asked for ({@link #foreignAround}: a username the question names itself is Unilogin's); a code only in a message
     * that names no other topic where a code could be its own ("Hvordan får jeg en ny kode til Gmail?" is Gmail's), as
     * codes of games, phones and banks are asked for in the same words: not in a part that asks about that topic
     * ({@code otherTopic}), nor in a sentence naming a code or asking.
     * Each is scored on its own, with the part that names what it asks for, by that part's writer ("… kender hans
     * brugernavn. Hvordan slår hun det op?"), and kept when it answers with a passage that hands that out.
     */
    Asked find(ReadMessage read, List<Query> queries, Query wholeQuery, NeedSelector.PartRanker rank,
               ToDoubleFunction<Query> evidence, boolean otherTopic) {
        SortedMap<Integer, Found> found = new TreeMap<>();
        boolean otherTopicsCode = wholeQuery.foreign() != 0 && (otherTopic || otherTopicOwnsACode(read, queries));
        for (int i = 0; i < queries.size(); i++) {
            boolean question = MessageParts.isQuestion(read.parts().get(i).text());
            boolean notKnowingWhere = !question && questions.doesNotKnowWhere(read.parts().get(i).text());
            if (!question && !notKnowingWhere && !questions.wishes(read.parts().get(i).text())) {
                continue;
            }
            GuideQuestions.Asked asked = questions.asked(read.parts(), i);
            // Where to log in is asked as a question, or told as not known ("jeg ved ikke hvor jeg skal logge ind").
            if (asked == null || !question && asked.where() != notKnowingWhere
                    || foreignAround(read, queries, i, asked) || asked.code() && otherTopicsCode) {
                continue;
            }
            int naming = asked.namingPart();
            Query query = naming == i ? queries.get(i) : joined(read.parts().get(naming), read.parts().get(i));
            // In words that name no other topic, a message outside the guide that fits the question as well fits only the
            // words it shares with the guide ("ny", "kode", "hvor"): it does not decline what the question asks.
            MatchResult verdict = askedOfTwo(rank.rank(read.forPart(read.parts().get(naming)), query,
                    settings.guideQuestionThreshold, false), asked);
            if (verdict.decision() == MatchDecision.ANSWER && asked.passages().contains(verdict.ranked().get(0).passageId())
                    && evidence.applyAsDouble(query) >= settings.minNeedEvidence) {
                found.put(i, new Found(verdict, asked));
            }
        }
        return new Asked(Collections.unmodifiableSortedMap(found));
    }

    /**
     * A verdict unsure between two passages ({@link MatchDecision#CLARIFY}) of which only the second tells where to log in,
     * for a question that asks where ("… mor havde det hele på sin pc, hvor skal vi logge ind??" between the computer's
     * login and where to log in), answers with that one: the question says which of the two is meant. A username asked
     * for is not so plain: whose it is, the two passages that hand one out disagree on.
     */
    static MatchResult askedOfTwo(MatchResult verdict, GuideQuestions.Asked asked) {
        List<PassageMatch> ranked = verdict.ranked();
        if (!asked.where() || verdict.decision() != MatchDecision.CLARIFY || ranked.size() < 2
                || asked.passages().contains(ranked.get(0).passageId())
                || !asked.passages().contains(ranked.get(1).passageId())) {
            return verdict;
        }
        List<PassageMatch> reordered = new ArrayList<>(ranked);
        reordered.set(0, ranked.get(1));
        reordered.set(1, ranked.get(0));
        return new MatchResult(MatchDecision.ANSWER, List.copyOf(reordered));
    }

    /**
     * The first question that asks for what the guide hands out, when it is what the message asks: the whole message
     * is not sure of, nor asks among, the passages that hand that out, and the question is the message's only need. The
     * story around such a question dilutes the whole or pulls it towards where the login failed ("Meebook svarer
     * 'Brugernavnet blev ikke genkendt' … Hvor finder jeg hans brugernavn?"), but what is asked is the username.
     * Beside another need asked as a question, or in a message that says it has several ("også", "VIGTIGST: …"), it is
     * one of them, and the message's order decides; a statement of the story ("Den gamle skole svarer ikke på mails.")
     * is no need beside it. Nor does it take over when read alone it is another writer's than the whole message.
     *
     * @param markedElsewhere the part a sentence of its own marks as the first need, or null
     */
    Optional<MatchResult> whatIsAsked(ReadMessage read, MatchResult whole, Asked asked, List<MatchResult> needs,
                                      String markedElsewhere) {
        if (asked.parts().isEmpty()) {
            return Optional.empty();
        }
        int first = asked.parts().firstKey();
        GuideQuestions.Asked form = asked.parts().get(first).form();
        if (whole.decision() != MatchDecision.NONE && form.passages().contains(whole.ranked().get(0).passageId())) {
            return Optional.empty();
        }
        MatchResult verdict = asked.verdict(first);
        String passage = verdict.ranked().get(0).passageId();
        String role = read.writer().roleKey();
        if (role != null && !roles.suits(passage, role)) {
            return Optional.empty();
        }
        boolean ownOrder = read.addsANeed() || markedElsewhere != null
                || needs.stream().anyMatch(n -> markers.first().containsAny(n.part()) || markers.later().containsAny(n.part()));
        // Where to log in asked with "og" is asked besides another need ("Min søn har glemt sin kode. Og hvor skal han
        // logge ind?").
        String question = read.parts().get(first).text();
        if (needs.stream().anyMatch(n -> !n.ranked().get(0).passageId().equals(passage)
                && (ownOrder || inAQuestion(read.text(), n.part()) || form.code() && guessesAtMending(read, question, whole, n)
                || form.where() && MessageParts.joinedClause(question)))) {
            return Optional.empty();
        }
        return Optional.of(verdict.from(read.parts().get(first).text(), List.of()));
    }

    /**
     * Whether a part is a question or a clause of one ("which website do we use til lektier, og how do I find …?"):
     * the sentence of the message it stands in ends with a question mark.
     */
    private static boolean inAQuestion(String text, String part) {
        if (MessageParts.isQuestion(part)) {
            return true;
        }
        int at = text.indexOf(part);
        String stripped = part.strip();
        if (at < 0 || stripped.endsWith(".") || stripped.endsWith("!")) {
            return false;
        }
        return MessageParts.askedFrom(text, at + part.length(), "?.!");
    }

    /**
     * Whether a question for a new code beside a need the whole message is sure of ("min skole-pc siger forkert adgangskode
     * … skal jeg lave en ny kode?") is one way the writer guesses to mend that need (a username is only ever found): not
     * when it asks how ("… 'Forkert adgangskode'. Hvordan nulstiller jeg hans kode?": the writer has settled on it), unless
     * the message quotes that need's own error (a quoted "Ingen adgang" is what the writer asks about).
     */
    private boolean guessesAtMending(ReadMessage read, String question, MatchResult whole, MatchResult need) {
        return sureOf(whole, need)
                && (!questions.asksHow(question) || read.namedErrors().contains(need.ranked().get(0).passageId()));
    }

    /** Whether the whole message is sure of the passage a need states. */
    private static boolean sureOf(MatchResult whole, MatchResult need) {
        return whole.decision() == MatchDecision.ANSWER
                && whole.ranked().get(0).passageId().equals(need.ranked().get(0).passageId());
    }

    /**
     * Whether a word naming another topic stands in a sentence that names a code or a login, asks a question, or says a
     * code belongs to it ("Hun har sat en kode på sin Switch og glemt den."): then a new code asked for may be that
     * topic's. A sentence of the scene around the need ("Vi har lige lavet lasagne, og opvasken venter.") owns no code.
     * A sentence is a part with the clauses joined to it by "og" ({@link MessageParts#joinedClause}).
     */
    private boolean otherTopicOwnsACode(ReadMessage read, List<Query> queries) {
        List<ReadMessage.Part> parts = read.parts();
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).foreign() == 0) {
                continue;
            }
            int from = i;
            while (from > 0 && MessageParts.joinedClause(parts.get(from).text())) {
                from--;
            }
            int to = i;
            while (to + 1 < parts.size() && MessageParts.joinedClause(parts.get(to + 1).text())) {
                to++;
            }
            for (int j = from; j <= to; j++) {
                if (MessageParts.isQuestion(parts.get(j).text()) || parts.get(j).terms().stream()
                        .anyMatch(t -> t.foreign() && t.codeOwner() || index.unknownWords().namesACode(t.term()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the question or the part naming what it asks for names another topic. A question that names a username
     * itself asks for Unilogin's username beside any other topic ("Hurtigt spørgsmål midt i madpakkerne: hvor finder jeg
     * mit barns brugernavn?"), unless it says the login belongs to another service ("brugernavnet til Netflix"); a code,
     * where to log in, or a username pointed back to ("… gav sit brugernavn til en veninde. Hvem kan se det?") is
     * another topic's when a word names one.
     */
    private static boolean foreignAround(ReadMessage read, List<Query> queries, int i, GuideQuestions.Asked asked) {
        boolean username = !asked.code() && !asked.where() && asked.namingPart() == i;
        for (int part : new int[] {i, asked.namingPart()}) {
            if (queries.get(part).foreign() == 0) {
                continue;
            }
            if (!username || read.parts().get(part).terms().stream().anyMatch(t -> t.foreign() && t.codeOwner())) {
                return true;
            }
        }
        return false;
    }

    /** The query of two parts read as one. */
    private Query joined(ReadMessage.Part first, ReadMessage.Part second) {
        List<QueryTerm> terms = new ArrayList<>(first.terms());
        terms.addAll(second.terms());
        return Query.of(terms, index, settings);
    }
}
