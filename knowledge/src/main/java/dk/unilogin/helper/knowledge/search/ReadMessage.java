package dk.unilogin.helper.knowledge.search;

import java.util.List;

/**
 * A message as the read stage leaves it.
 *
 * @param text   the message as matched (cut to the readable length)
 * @param terms  the whole message's weighted terms
 * @param parts  its sentences and clauses, each with its own terms, in the order written
 * @param writer who writes and about whom, read from the whole message
 * @param uniloginWorks the words saying Unilogin itself works ("unilogin virker"), or null
 * @param addsANeed whether the message uses a word that adds a need ("også", "also")
 */
record ReadMessage(String text, List<QueryTerm> terms, List<Part> parts, Writer writer, String uniloginWorks,
                   boolean addsANeed) {

    /** One sentence or clause of the message with its terms. */
    record Part(String text, List<QueryTerm> terms) {
    }
}
