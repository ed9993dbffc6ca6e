package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Other apps and accounts with logins of their own ({@code matching/other-accounts.txt}: "Roblox", "Netflix"). One set
 * beside the login of the need, in a sentence that does not ask ("Han bliver ved med at taste sin Minecraft-kode i
 * stedet."), is a comparison in the story: its word counts as the story's, not as another topic. One named in a question
 * or with its own trouble ("Min søn har glemt koden til sin Snapchat. Kan I hjælpe?") is the topic everywhere in the
 * message.
 */
final class OtherAccounts {
    static final String OTHER_ACCOUNTS = "matching/other-accounts.txt";

    private static final String COMPARING = "[comparing]";
    private static final String NOT_COMPARING = "[not-comparing]";
    /** Where a sentence's clauses meet: a comma, a dash or a semicolon ("jeg har glemt mit brugernavn, jeg har kun …"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:[,;]|\\s[–—-])\\s*");

    private final Set<String> terms;
    private final WordSet comparing;
    private final WordSet notComparing;
    private final Function<String, List<QueryTerm>> read;

    private OtherAccounts(Set<String> terms, WordSet comparing, WordSet notComparing,
                          Function<String, List<QueryTerm>> read) {
        this.terms = Set.copyOf(terms);
        this.comparing = comparing;
        this.notComparing = notComparing;
        this.read = read;
    }

    /** The bundled list, each account's word read as {@code read} reads a message (its stem). */
    static OtherAccounts bundled(Function<String, List<QueryTerm>> read) {
        String text = MatchingLists.resource(OTHER_ACCOUNTS);
        int comparingStarts = text.indexOf("\n" + COMPARING + "\n");
        String accounts = DataLine.of(comparingStarts < 0 ? text : text.substring(0, comparingStarts)).stream()
                .map(DataLine::text).collect(Collectors.joining(" "));
        Map<String, WordSet> sections = SectionedList.parse(OTHER_ACCOUNTS, text, List.of(COMPARING, NOT_COMPARING));
        return new OtherAccounts(read.apply(accounts).stream().map(QueryTerm::term).collect(Collectors.toSet()),
                sections.get(COMPARING), sections.get(NOT_COMPARING), read);
    }

    /**
     * The accounts the parts set beside the login of the need, each in a sentence that does not ask: comparisons, none of
     * them named anywhere else as the topic.
     */
    Set<String> comparedIn(List<ReadMessage.Part> parts) {
        Set<String> named = new HashSet<>();
        Set<String> asked = new HashSet<>();
        for (ReadMessage.Part part : parts) {
            for (QueryTerm term : part.terms()) {
                if (term.foreign() && terms.contains(term.term())) {
                    (compares(part.text(), term.term()) ? named : asked).add(term.term());
                }
            }
        }
        named.removeAll(asked);
        return named;
    }

    /**
     * Whether every clause of {@code part} that names the account (its stem {@code term}) sets it beside the login of the
     * need (a word of {@code [comparing]}, none of {@code [not-comparing]}) in a sentence that does not ask. The sentences
     * are read one by one: a question joined to the sentence before ("Discord kører uden problemer. Hvem skal vi
     * kontakte?") does not make that sentence ask.
     */
    private boolean compares(String part, String term) {
        boolean compares = false;
        for (String sentence : MessageParts.of(part)) {
            for (String clause : CLAUSE_BREAK.split(sentence)) {
                if (read.apply(clause).stream().anyMatch(t -> t.term().equals(term))) {
                    if (MessageParts.isQuestion(sentence) || !comparing.containsAny(clause) || notComparing.containsAny(clause)) {
                        return false;
                    }
                    compares = true;
                }
            }
        }
        return compares;
    }

    /** {@code read} with the words of the accounts {@code compared} read as the story's, their weight kept. */
    static List<QueryTerm> asStory(List<QueryTerm> read, Set<String> compared) {
        List<QueryTerm> story = new ArrayList<>(read.size());
        for (QueryTerm term : read) {
            story.add(term.foreign() && compared.contains(term.term()) ? QueryTerm.story(term.term(), term.weight()) : term);
        }
        return story;
    }
}
