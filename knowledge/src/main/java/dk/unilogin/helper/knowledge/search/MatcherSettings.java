package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every number that tunes the matcher, read from {@code matching/settings.properties}
 * ({@code key = value} lines, {@code #} comments). The bundled file names every key; a guide
 * folder's own copy replaces the values it sets. Immutable; the stages read their numbers from
 * the named accessors.
 */
public final class MatcherSettings {
    static final String BUNDLED = "matching/settings.properties";
    private static final MatcherSettings DEFAULTS = parse(BUNDLED, MatchingLists.resource(BUNDLED), null);

    private final Map<String, Double> values;

    final int maxMessageChars;
    final double unknownTermFactor;
    final double fillerShare;
    final double correctionPenalty;
    final int minWrittenCorrection;
    final int longStopWord;
    final double maxWeight;
    final double minWeight;
    final double rareDamping;
    final double numberWeight;
    final double bodyUse;
    final int markerPassages;
    final int everydayMinTexts;
    final int candidateTexts;
    final double minEvidence;
    final double queryShare;
    final int shortMessageTerms;
    final double longMessageSlope;
    final double minQueryShare;
    final double guideMarkerWeight;
    final double titleFactor;
    final double exampleFactor;
    final double bodyFactor;
    final double outsideFactor;
    final double foreignTopicFactor;
    final double requiredWordsFactor;
    final double roleFactor;
    final double needMargin;
    final double schoolThreshold;
    final double sureClosingQuestion;
    final double guideQuestionThreshold;
    final double otherQuestionCeiling;
    final int otherQuestionUnknownWords;
    final int goingOnClauseWords;
    final double minNamingWeight;
    final double partThreshold;
    final double uniloginWorksFactor;
    final double uniloginWorksBoost;
    final double forgottenLoginSchoolFactor;
    final double forgottenLoginRefusalFactor;
    final double forgottenUniloginDeviceFactor;
    final double forgottenChildCodeBoost;
    final double pupilOwnMitIdBoost;
    final double credentialsAtHandFactor;
    final double deviceLoginFactor;
    final double minNeedEvidence;
    final double audienceRunnerUp;
    final double clarifyShare;
    final int maxForeignWords;
    final double maxUnknownWeight;
    final double threshold;
    final double amongThreshold;
    final double clarifyMargin;
    final double steepness;

    private MatcherSettings(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        maxMessageChars = (int) get("read.max-message-chars");
        unknownTermFactor = get("read.unknown-term-factor");
        fillerShare = get("read.filler-share");
        correctionPenalty = get("read.correction-penalty");
        minWrittenCorrection = (int) get("read.min-written-correction");
        longStopWord = (int) get("read.long-stop-word");
        maxWeight = get("weight.max");
        minWeight = get("weight.min");
        rareDamping = get("weight.rare-damping");
        numberWeight = get("weight.number");
        bodyUse = get("weight.body-use");
        markerPassages = (int) get("weight.marker-passages");
        everydayMinTexts = (int) get("weight.everyday-min-texts");
        candidateTexts = (int) get("candidates.texts");
        minEvidence = get("score.min-evidence");
        queryShare = get("score.query-share");
        shortMessageTerms = (int) get("score.short-message-terms");
        longMessageSlope = get("score.long-message-slope");
        minQueryShare = get("score.min-query-share");
        guideMarkerWeight = get("score.guide-marker-weight");
        titleFactor = get("score.title-factor");
        exampleFactor = get("score.example-factor");
        bodyFactor = get("score.body-factor");
        outsideFactor = get("score.outside-factor");
        foreignTopicFactor = get("adjust.foreign-topic-factor");
        requiredWordsFactor = get("adjust.required-words-factor");
        roleFactor = get("adjust.role-factor");
        needMargin = get("decide.need-margin");
        schoolThreshold = get("decide.school-threshold");
        sureClosingQuestion = get("decide.sure-closing-question");
        guideQuestionThreshold = get("decide.guide-question-threshold");
        otherQuestionCeiling = get("decide.other-question-ceiling");
        otherQuestionUnknownWords = (int) get("decide.other-question-unknown-words");
        goingOnClauseWords = (int) get("decide.going-on-clause-words");
        minNamingWeight = get("decide.min-naming-weight");
        partThreshold = get("decide.part-threshold");
        uniloginWorksFactor = get("adjust.unilogin-works-factor");
        uniloginWorksBoost = get("adjust.unilogin-works-boost");
        forgottenLoginSchoolFactor = get("adjust.forgotten-login-school-factor");
        forgottenLoginRefusalFactor = get("adjust.forgotten-login-refusal-factor");
        forgottenUniloginDeviceFactor = get("adjust.forgotten-unilogin-device-factor");
        forgottenChildCodeBoost = get("adjust.forgotten-child-code-boost");
        pupilOwnMitIdBoost = get("adjust.pupil-own-mitid-boost");
        credentialsAtHandFactor = get("adjust.credentials-at-hand-factor");
        deviceLoginFactor = get("adjust.device-login-factor");
        minNeedEvidence = get("decide.min-need-evidence");
        audienceRunnerUp = get("decide.audience-runner-up");
        clarifyShare = get("decide.clarify-share");
        maxForeignWords = (int) get("adjust.max-foreign-words");
        maxUnknownWeight = get("read.max-unknown-weight");
        threshold = get("decide.threshold");
        amongThreshold = get("decide.among-threshold");
        clarifyMargin = get("decide.clarify-margin");
        steepness = get("decide.steepness");
    }

    /** The bundled settings. */
    public static MatcherSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Reads {@code text} (named {@code source} in errors) over {@code base}: the keys it sets
     * replace base's; with no base every key must be set. A bad line throws naming the line.
     */
    public static MatcherSettings parse(String source, String text, MatcherSettings base) {
        Map<String, Double> values = new LinkedHashMap<>(base == null ? Map.of() : base.values);
        Set<String> seen = new HashSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new KnowledgeFormatException(source, i + 1, "expected 'key = number'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (base != null && !base.values.containsKey(key)) {
                throw new KnowledgeFormatException(source, i + 1, "unknown setting '" + key + "'");
            }
            if (!seen.add(key)) {
                throw new KnowledgeFormatException(source, i + 1, "'" + key + "' is set twice");
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new KnowledgeFormatException(source, i + 1, "'" + key + "' must be a number, not '" + value + "'");
            }
            if (Double.isNaN(number) || Double.isInfinite(number) || number < 0) {
                throw new KnowledgeFormatException(source, i + 1, "'" + key + "' must be a number of 0 or more");
            }
            values.put(key, number);
        }
        return new MatcherSettings(values);
    }

    /** A copy with one value replaced: for tuning runs. */
    public MatcherSettings with(String key, double value) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("unknown setting " + key);
        }
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new MatcherSettings(copy);
    }

    /** One value by its key. */
    public double get(String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("setting '" + key + "' is missing from " + BUNDLED);
        }
        return value;
    }

    /** Every key and value, in the file's order. */
    public Map<String, Double> values() {
        return values;
    }

    public double threshold() {
        return threshold;
    }

    public double amongThreshold() {
        return amongThreshold;
    }

    double kindFactor(TextKind kind) {
        return switch (kind) {
            case TITLE -> titleFactor;
            case EXAMPLE -> exampleFactor;
            case BODY -> bodyFactor;
            case OUTSIDE -> outsideFactor;
        };
    }
}
