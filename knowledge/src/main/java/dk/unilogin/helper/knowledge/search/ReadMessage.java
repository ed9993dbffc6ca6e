package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Set;

/**
 * A message as the read stage leaves it.
 *
 * @param text   the message as matched (cut to the readable length)
 * @param terms  the whole message's weighted terms
 * @param parts  its sentences and clauses, each with its own terms, in the order written
 * @param writer who writes and about whom, read from the whole message
 * @param uniloginWorks the words saying Unilogin itself works ("unilogin virker"), or null
 * @param addsANeed whether the message uses a word that adds a need ("også", "also")
 * @param namedErrors the passages whose error the message names as the guide does ("Ingen adgang")
 * @param words  the whole message's words as the phrase lists read them ({@link UniloginWorks#wordsOf}); not to be changed
 * @param schoolsOwnCase whether the whole message says Unilogin works while a service will not let the writer in
 *                       ({@link UniloginWorksAdjustment#troubleGettingInWhereItWorks}), read once for every part
 * @param deviceLogin whether the message says the login that fails is a device's own ({@link DeviceLogins})
 * @param pupilOfAge whether the message names a pupil of fifteen or more ({@link PupilAges}), read once for every part
 * @param pupilsOwnMitId whether it says that pupil has their own MitID ({@link PupilAges#saysOwnMitId})
 */
record ReadMessage(String text, List<QueryTerm> terms, List<Part> parts, Writer writer, String uniloginWorks,
                   boolean addsANeed, Set<String> namedErrors, String[] words, boolean schoolsOwnCase,
                   boolean deviceLogin, boolean pupilOfAge, boolean pupilsOwnMitId) {

    /**
     * One sentence or clause of the message with its terms and who it is written for: its own
     * words when they say ("… og jeg har glemt mit eget brugernavn"), else the whole message's;
     * {@code onlySaysItWorks} when all it says is that Unilogin works ({@link UniloginWorks#onlySaysItWorks}).
     */
    record Part(String text, List<QueryTerm> terms, Writer writer, String uniloginWorks, boolean onlySaysItWorks) {
    }

    /**
     * The message as {@code part} of it is scored: written by the part's writer, and saying that
     * Unilogin works only when this part or one before it says so (a need named before "… men
     * Teams virker ikke, selvom Unilogin gør" is about the account).
     */
    ReadMessage forPart(Part part) {
        return new ReadMessage(text, terms, parts, part.writer(), part.uniloginWorks(), addsANeed, namedErrors, words,
                schoolsOwnCase, deviceLogin, pupilOfAge, pupilsOwnMitId);
    }
}
