package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * The back-references file read in its sections: the words by which a short question points
 * back to the sentence before it ("Hvad betyder det?"), and the phrases by which a sentence logs in
 * on a device named before ("Hun kan ikke logge på den"), the phrases by which a sentence says something unnamed is
 * forgotten ("kan ikke huske, om det er …"), and those by which a writer sets aside what they wrote before ("men det er
 * ikke derfor jeg skriver") or their own sentence ("men det er en anden sag"), and the code a sentence that changes
 * something unnamed or forgets one's own points back to. Lines before any section header are of the first.
 *
 * @param question  a short question with one of these is read with the sentence before it
 * @param device    a sentence with one of these is read with the device an earlier sentence named
 * @param forgotten a sentence with one of these is read with the sentence before it, which names what is forgotten
 * @param forgottenAlone a sentence of a few words with one of these ("Hun kan ikke huske det.") is read so too
 * @param setAside  phrases by which the writer sets aside what they wrote before, or their sentence, as not their errand
 * @param unnamedCode the code a sentence that changes something unnamed ("Vi vil gerne skifte den.") or forgets one's
 *                    own ("Ronja kan ikke huske sit.") points back to
 */
record BackReferences(WordSet question, WordSet device, WordSet forgotten, WordSet forgottenAlone, SetAside setAside,
                      UnnamedCodeReference unnamedCode) {
    private static final String DEVICE = "[device]";
    private static final String FORGOTTEN = "[forgotten-it]";
    private static final String FORGOTTEN_ALONE = "[forgotten-it-alone]";
    private static final String SET_ASIDE_BEFORE = "[set-aside-before]";
    private static final String SET_ASIDE_SENTENCE = "[set-aside-sentence]";
    private static final String CHANGED_IT = "[changed-it]";
    private static final String FORGOTTEN_OWN = "[forgotten-own]";
    private static final String CLAUSE_GOES_ON = "[clause-goes-on]";
    private static final String IT_DEN = "[it-den]";
    private static final String IT_DET = "[it-det]";
    private static final String CODE_OF_THE_GUIDE = "[code-of-the-guide]";

    /** The file's sections; an unknown section header is a broken file, named by line. */
    static BackReferences parse(String text) {
        Map<String, WordSet> sections = SectionedList.parse(MatchingLists.BACK_REFERENCES, text,
                List.of(DEVICE, FORGOTTEN, FORGOTTEN_ALONE, SET_ASIDE_BEFORE, SET_ASIDE_SENTENCE, CHANGED_IT, FORGOTTEN_OWN,
                        CLAUSE_GOES_ON, IT_DEN, IT_DET, CODE_OF_THE_GUIDE));
        return new BackReferences(sections.get(""), sections.get(DEVICE), sections.get(FORGOTTEN),
                sections.get(FORGOTTEN_ALONE),
                new SetAside(sections.get(SET_ASIDE_BEFORE), sections.get(SET_ASIDE_SENTENCE)),
                new UnnamedCodeReference(sections.get(CHANGED_IT), sections.get(FORGOTTEN_OWN), sections.get(CLAUSE_GOES_ON),
                        sections.get(IT_DEN), sections.get(IT_DET), sections.get(CODE_OF_THE_GUIDE)));
    }
}
