package dk.unilogin.helper.knowledge.search;

/**
 * What one indexed document stands for, kept beside the index by document number.
 *
 * @param passageId   the passage it belongs to, or {@code null} for a message outside the guide
 * @param kind        title, example or body text: how much a match on it counts
 * @param terms       its distinct analysed terms
 * @param termWeights the weight of each term, in the same order
 * @param weight      the sum of its terms' weights
 * @param source      the text as written, for explanations
 */
record IndexedText(String passageId, TextKind kind, String[] terms, double[] termWeights, double weight, String source) {

    boolean outsideGuide() {
        return passageId == null;
    }
}
