package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.MatchExplanation;
import dk.unilogin.helper.knowledge.MatchResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finds the passage a message asks about, in five stages, each its own class:
 * <ol>
 *   <li>read ({@link MessageReader}): the message's weighted terms, its parts, who writes;</li>
 *   <li>candidates ({@link CandidateSearch}): the indexed texts sharing a word with it;</li>
 *   <li>score ({@link TextScorer}): each passage as its best-fitting text;</li>
 *   <li>adjust ({@link ScoreAdjustment}s): other topics, required words, the writer, Unilogin
 *       working, messages outside the guide;</li>
 *   <li>decide ({@link MatchDecider}, {@link AudienceCheck}, and for a message of several parts
 *       {@link NeedSelector}): answer, clarify or none, and from which part.</li>
 * </ol>
 * Every number comes from {@link MatcherSettings}. {@link #explain} runs the same stages and
 * keeps a line for what each did.
 */
public final class PassageMatcher {
    private final GuideIndex index;
    private final MatcherSettings settings;
    private final MessageReader reader;
    private final CandidateSearch candidates;
    private final TextScorer scorer;
    private final List<ScoreAdjustment> adjustments;
    /** The same but the check for a better fit outside the guide: for a question that names no other topic. */
    private final List<ScoreAdjustment> adjustmentsBesidesOutside;
    private final MatchDecider decider;
    private final NeedSelector needs;
    private final AudienceCheck audience;

    /** The matcher over {@code index} with the lists read with the guide's passage ids. */
    public PassageMatcher(GuideIndex index, MatchingLists lists, RequiredWords requiredWords, PassageRoles passageRoles,
                          UniloginWorks works, NamedErrors errors, DeviceLogins deviceLogins) {
        this.index = index;
        this.settings = index.settings();
        NeedMarkers markers = NeedMarkers.parse(lists.moreNeeds());
        WriterConditions writerConditions = new WriterConditions(passageRoles, index.analyzer());
        this.needs = new NeedSelector(index, settings, terms(index, lists.contextWords()), NeedWords.parse(lists.needWords()),
                terms(index, lists.turnToWords()), markers, OutsideQuestions.parse(lists.outsideQuestions()), passageRoles,
                GuideQuestions.parse(lists.guideQuestions(), works.usernamePassages(), works.codePassages(),
                        works.wherePassages()));
        this.reader = new MessageReader(new QueryReader(index, settings), lists.writerRoles(), works, errors, deviceLogins,
                markers::addsANeed, BackReferences.parse(lists.backReferences()), settings);
        this.candidates = new CandidateSearch(index, settings);
        this.scorer = new TextScorer(settings);
        this.adjustmentsBesidesOutside = List.of(new ForeignTopicAdjustment(settings),
                new RequiredWordsAdjustment(requiredWords, settings, works),
                new RoleAdjustment(writerConditions, settings),
                new UniloginWorksAdjustment(works, settings, terms(index, works.deviceWords()), terms(index, works.serviceWords())),
                new DeviceLoginAdjustment(deviceLogins, settings));
        List<ScoreAdjustment> all = new ArrayList<>(adjustmentsBesidesOutside);
        all.add(new OutsideGuideAdjustment());
        this.adjustments = List.copyOf(all);
        this.decider = new MatchDecider(settings, works::answers);
        this.audience = new AudienceCheck(passageRoles, writerConditions, settings);
    }

    private static Set<String> terms(GuideIndex index, String list) {
        return TermMappings.analyzeList(index.analyzer(), list);
    }

    public MatchResult match(String message) {
        return rank(message, null, ExplainLog.OFF);
    }

    public MatchResult matchAmong(String message, Collection<String> passageIds) {
        return rank(message, Set.copyOf(passageIds), ExplainLog.OFF);
    }

    /** {@link #match} with a line for what each stage did. */
    public MatchExplanation explain(String message) {
        ExplainLog log = ExplainLog.recording();
        MatchResult result = rank(message, null, log);
        return new MatchExplanation(result, log.lines());
    }

    /**
     * An opening message is scored whole and, when it has several parts, part by part
     * ({@link NeedSelector}); a reply among offered passages is scored whole only.
     */
    private MatchResult rank(String message, Set<String> allowed, ExplainLog log) {
        ReadMessage read = reader.read(message, log);
        if (allowed != null) {
            return rank(read, Query.of(read.terms(), index, settings), allowed, log).result();
        }
        Query wholeQuery = Query.of(read.terms(), index, settings);
        Ranked ranked = rank(read, wholeQuery, null, log);
        MatchResult whole = ranked.result().from(read.text(), List.of());
        if (read.parts().isEmpty()) {
            return needs.singleSentence(read, wholeQuery, whole, log);
        }
        return needs.select(read, wholeQuery, whole, ranked.outsideFit(),
                (partRead, query, threshold, outsideDeclines) -> rank(partRead, query, null, threshold, outsideDeclines,
                        ExplainLog.OFF).result(), log);
    }

    /**
     * A verdict with the fit of the message outside the guide that declined it (0 when none did).
     */
    private record Ranked(MatchResult result, double outsideFit) {
    }

    private Ranked rank(ReadMessage read, Query query, Set<String> allowed, ExplainLog log) {
        return rank(read, query, allowed, allowed == null ? settings.threshold : settings.amongThreshold, true, log);
    }

    /** With {@code outsideDeclines} false a message outside the guide that fits as well does not decline the passages. */
    private Ranked rank(ReadMessage read, Query query, Set<String> allowed, double threshold, boolean outsideDeclines,
                        ExplainLog log) {
        List<IndexedText> texts = candidates.find(query, log);
        if (texts.isEmpty()) {
            log.add("decide", "NONE (no word of the guide)");
            return new Ranked(MatchResult.none(List.of()), 0);
        }
        ScoreSheet sheet = scorer.score(query, texts, allowed, log);
        // A reply picks among passages already offered: only an opening message is judged for other topics.
        if (allowed == null) {
            for (ScoreAdjustment adjustment : outsideDeclines ? adjustments : adjustmentsBesidesOutside) {
                adjustment.apply(read, query, sheet, log);
            }
        }
        MatchResult result = decider.decide(sheet, allowed == null, threshold, log);
        return new Ranked(allowed == null ? audience.check(result, read, log) : result,
                sheet.declined ? sheet.outside : 0);
    }
}
