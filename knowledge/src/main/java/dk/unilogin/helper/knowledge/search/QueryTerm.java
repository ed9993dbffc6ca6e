package dk.unilogin.helper.knowledge.search;

/**
 * One analysed word of a user's message.
 *
 * @param term      the term as indexed (possibly a spelling correction of what was typed)
 * @param weight    how much the word says (inverse document frequency)
 * @param known     whether the index holds the term
 * @param corrected whether it is a spelling correction
 * @param foreign   whether it is an unknown word that seems to name a topic the guide does not cover
 * @param story     whether it belongs to the story around the question (a name, a feeling, school life):
 *                  it never counts against a passage, only for the messages outside the guide
 * @param codeOwner whether the message says a code or login belongs to it ("koden til sin Minecraft-konto", "koden til
 *                  selve telefonen"): a foreign one names another topic as surely as the penalty for other topics allows
 */
record QueryTerm(String term, double weight, boolean known, boolean corrected, boolean foreign, boolean story,
                 boolean codeOwner) {

    QueryTerm(String term, double weight, boolean known, boolean corrected, boolean foreign) {
        this(term, weight, known, corrected, foreign, false, false);
    }

    static QueryTerm story(String term, double weight) {
        return new QueryTerm(term, weight, false, false, false, true, false);
    }

    /** A word the message names as what a code or login belongs to, a service or device the guide does not cover. */
    static QueryTerm codeOwner(String term, double weight) {
        return new QueryTerm(term, weight, false, false, true, false, true);
    }
}
