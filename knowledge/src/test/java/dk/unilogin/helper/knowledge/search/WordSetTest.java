package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words and phrases found in a text: the word-by-word look-up finds exactly what a search for each phrase finds. */
class WordSetTest {
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    @Test
    void findsAWordOrAPhraseOnlyAsWholeWordsInOrder() {
        WordSet set = WordSet.parse("hvornår \"må han\" \"hvad koster det\"");

        assertThat(set.containsAny("Hvornaar starter skolen?")).isTrue();
        assertThat(set.containsAny("Må han tage den med?")).isTrue();
        assertThat(set.containsAny("han må godt")).isFalse();
        assertThat(set.containsAny("og hvad koster det så")).isTrue();
        assertThat(set.containsAny("hvad koster den")).isFalse();
        assertThat(set.containsAny("må hans bror")).as("a phrase ends at a word's end").isFalse();
        assertThat(set.containsAny("")).isFalse();
    }

    @Test
    void findsWhereTheFirstEntryEnds() {
        WordSet set = WordSet.parse("finde \"slå op\"");

        assertThat(set.endOfFirst(WriterRoles.normalise("Kan jeg finde det?"))).isEqualTo("kan jeg finde".length());
        assertThat(set.endOfFirst(WriterRoles.normalise("Hvor slå op det"))).isEqualTo("hvor sla op".length());
        assertThat(set.endOfFirst(WriterRoles.normalise("slå hans brugernavn op"))).isEqualTo(-1);
    }

    @Test
    void looksUpAsASearchForEachEntryWouldOnTheBundledLists() {
        for (String list : List.of(OutsideQuestions.BUNDLED, MatchingLists.MORE_NEEDS, GuideQuestions.BUNDLED)) {
            String text = MatchingLists.resource(list).replaceAll("(?m)^\\[.*]$", "");
            WordSet set = WordSet.parse(text);
            List<String> vocabulary = vocabulary(text);
            Random random = new Random(list.hashCode());
            for (int i = 0; i < 3_000; i++) {
                StringBuilder message = new StringBuilder();
                int words = 1 + random.nextInt(12);
                for (int w = 0; w < words; w++) {
                    message.append(w == 0 ? "" : random.nextInt(8) == 0 ? ", " : " ")
                            .append(vocabulary.get(random.nextInt(vocabulary.size())));
                }
                String normalised = WriterRoles.normalise(message.toString());
                assertThat(set.containsAnyNormalised(normalised)).as(message.toString())
                        .isEqualTo(searchEachEntry(text, normalised));
            }
        }
    }

    /** The list's words and some others, as people type them. */
    private static List<String> vocabulary(String text) {
        List<String> words = new ArrayList<>(List.of("han", "hun", "min", "søn", "kode", "skolen", "koster", "hvad",
                "det", "må", "ikke", "også", "Hvornår", "MÅ", "ret", "til", "ferie", "?"));
        for (String line : text.lines().filter(l -> !l.strip().startsWith("#")).toList()) {
            for (String word : line.replace("\"", " ").split("\\s+")) {
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The plain reading: a word among the text's words, or a phrase found in the text padded with spaces. */
    private static boolean searchEachEntry(String list, String normalised) {
        String padded = " " + normalised + " ";
        for (String line : list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            Matcher entry = ENTRY.matcher(line);
            while (entry.find()) {
                String e = WriterRoles.normalise(entry.group(1) != null ? entry.group(1) : entry.group(2));
                if (e.isEmpty()) {
                    continue;
                }
                if (entry.group(1) != null && e.contains(" ")) {
                    if (padded.contains(" " + e + " ")) {
                        return true;
                    }
                } else {
                    for (String word : e.split(" ")) {
                        if (padded.contains(" " + word + " ")) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
