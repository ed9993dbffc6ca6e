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

    /**
     * One sentence or clause of the message with its terms and who it is written for: its own
     * words when they say ("… og jeg har glemt mit eget brugernavn"), else the whole message's.
     */
    record Part(String text, List<QueryTerm> terms, Writer writer) {
    }

    /** The same message read as written by {@code other}: how one part of it is scored. */
    ReadMessage withWriter(Writer other) {
        return new ReadMessage(text, terms, parts, other, uniloginWorks, addsANeed);
    }
}
