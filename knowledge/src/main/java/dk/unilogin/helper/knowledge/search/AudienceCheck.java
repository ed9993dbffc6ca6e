package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchDecision;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.PassageMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of deciding an opening message: whose login it is about. When the message does
 * not say who writes ({@link Writer#roleKey()} null) and the answer is written for one writer
 * while a close runner-up (confidence at least {@code decide.audience-runner-up} of the best) is
 * written for another, the bot should ask: "jeg har glemt mit brugernavn". A writer who speaks of
 * their own login is offered their own passages before a child's. When the message does say who
 * writes and two passages are close, the one written for that writer is the answer.
 */
final class AudienceCheck {
    private static final int MAX_OFFERED = 3;

    private final PassageRoles roles;
    private final WriterConditions conditions;
    private final MatcherSettings settings;

    AudienceCheck(PassageRoles roles, WriterConditions conditions, MatcherSettings settings) {
        this.roles = roles;
        this.conditions = conditions;
        this.settings = settings;
    }

    MatchResult check(MatchResult result, ReadMessage read, ExplainLog log) {
        Writer writer = read.writer();
        if (result.decision() == MatchDecision.ANSWER && writer.roleKey() == null) {
            return askWhose(result, writer, log);
        }
        if (result.decision() == MatchDecision.CLARIFY) {
            return clarify(result, read, log);
        }
        return result;
    }

    private MatchResult askWhose(MatchResult result, Writer writer, ExplainLog log) {
        PassageMatch top = result.ranked().get(0);
        if (!roles.hasRole(top.passageId())) {
            return result;
        }
        List<PassageMatch> close = new ArrayList<>();
        for (PassageMatch m : result.ranked().subList(0, Math.min(MAX_OFFERED, result.ranked().size()))) {
            if (roles.hasRole(m.passageId()) && m.confidence() >= top.confidence() * settings.audienceRunnerUp) {
                close.add(m);
            }
        }
        if (close.size() < 2 || close.stream().allMatch(m -> roles.sameWriters(m.passageId(), top.passageId()))) {
            return result;
        }
        List<PassageMatch> ordered = ownFirst(close, writer);
        log.add("decide", "the message does not say whose login: CLARIFY among "
                + ordered.stream().map(PassageMatch::passageId).toList());
        return withRest(ordered, result);
    }

    private MatchResult clarify(MatchResult result, ReadMessage read, ExplainLog log) {
        Writer writer = read.writer();
        double best = result.ranked().get(0).confidence();
        List<PassageMatch> candidates = new ArrayList<>();
        for (PassageMatch m : result.ranked()) {
            if (candidates.size() < 2 || m.confidence() >= best * settings.clarifyShare) {
                candidates.add(m);
            }
        }
        String role = writer.roleKey();
        if (role != null) {
            // A passage written for another writer fits on its word or condition ("if of-age": a pupil of fifteen or more).
            List<PassageMatch> fitting = candidates.stream()
                    .filter(m -> roles.hasRole(m.passageId()) && conditions.suits(read, m.passageId(), role)).toList();
            if (fitting.size() == 1) {
                log.add("decide", "the writer is " + role + ": ANSWER " + fitting.get(0).passageId());
                List<PassageMatch> ranked = new ArrayList<>(fitting);
                result.ranked().stream().filter(m -> m != fitting.get(0)).forEach(ranked::add);
                return new MatchResult(MatchDecision.ANSWER, ranked);
            }
        }
        return withRest(ownFirst(candidates, writer), result);
    }

    /** A clarification offering {@code offered} (in that order), the rest of the ranking after them. */
    private static MatchResult withRest(List<PassageMatch> offered, MatchResult result) {
        List<PassageMatch> ranked = new ArrayList<>(offered);
        result.ranked().stream().filter(m -> !offered.contains(m)).forEach(ranked::add);
        return MatchResult.clarify(ranked, Math.min(offered.size(), MAX_OFFERED));
    }

    /** A writer who speaks of their own login is offered passages for their own account before a child's. */
    private List<PassageMatch> ownFirst(List<PassageMatch> candidates, Writer writer) {
        if (!writer.own()) {
            return candidates;
        }
        List<PassageMatch> own = new ArrayList<>();
        List<PassageMatch> child = new ArrayList<>();
        for (PassageMatch m : candidates) {
            (roles.forChild(m.passageId()) ? child : own).add(m);
        }
        if (own.stream().noneMatch(m -> roles.hasRole(m.passageId()))) {
            return candidates;
        }
        own.addAll(child);
        return own;
    }
}
