package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.Choice;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.Step;
import dk.unilogin.helper.knowledge.markdown.Guide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of the guide: one small document per title, example question
 * and body paragraph of every passage in every language, plus the messages known to fall
 * outside the guide. Built once, never written again; each term's scores are read from it
 * once ({@link CandidateScores}), and messages search those.
 */
public final class GuideIndex {
    static final String FIELD = "text";
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final GuideAnalyzer analyzer;
    private final DirectoryReader reader;
    private final List<IndexedText> texts;
    private final Map<String, Double> weights;
    private final Set<String> guideMarkers;
    private final Set<String> outsideOnly;
    private final Map<String, String> writtenWords;
    private final UnknownWords unknownWords;
    private final MatcherSettings settings;
    private final UsualCauses usualCauses;
    /** Each indexed term's score in every text that has it, read once: what the candidate search sums. */
    private final CandidateScores candidateScores;

    private GuideIndex(GuideAnalyzer analyzer, DirectoryReader reader, List<IndexedText> texts,
                       Map<String, Double> weights, Set<String> guideMarkers, Set<String> outsideOnly,
                       Map<String, String> writtenWords, UnknownWords unknownWords, MatcherSettings settings,
                       UsualCauses usualCauses) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.texts = texts;
        this.weights = Map.copyOf(weights);
        this.guideMarkers = Set.copyOf(guideMarkers);
        this.outsideOnly = Set.copyOf(outsideOnly);
        this.writtenWords = Map.copyOf(writtenWords);
        this.unknownWords = unknownWords;
        this.settings = settings;
        this.usualCauses = usualCauses;
        try {
            this.candidateScores = CandidateScores.read(new IndexSearcher(reader), FIELD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guide index", e);
        }
    }

    /** The index of {@code guide} matched with {@code lists}. */
    public static GuideIndex build(Guide guide, MatchingLists lists) {
        GuideAnalyzer analyzer = new GuideAnalyzer(lists.synonyms());
        return build(guide, lists.outsideGuide(), analyzer, new UnknownWords(analyzer, lists.everydayWords(), lists.storyWords()),
                lists.settings());
    }

    public static GuideIndex build(Guide guide, List<String> outsideGuide, GuideAnalyzer analyzer) {
        return build(guide, outsideGuide, analyzer, UnknownWords.bundled(analyzer), MatcherSettings.defaults());
    }

    private static GuideIndex build(Guide guide, List<String> outsideGuide, GuideAnalyzer analyzer,
                                    UnknownWords unknownWords, MatcherSettings settings) {
        List<IndexEntry> entries = new ArrayList<>();
        for (List<Passage> passages : guide.passages().values()) {
            for (Passage passage : passages) {
                entries.add(new IndexEntry(passage.id(), TextKind.TITLE, passage.title()));
                passage.examples().forEach(e -> entries.add(new IndexEntry(passage.id(), TextKind.EXAMPLE, e)));
                bodyTexts(passage).forEach(b -> entries.add(new IndexEntry(passage.id(), TextKind.BODY, b)));
            }
        }
        outsideGuide.forEach(o -> entries.add(new IndexEntry(null, TextKind.OUTSIDE, o)));

        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Set<String>> termSets = new ArrayList<>();
        // One flush of one writer thread: a single segment whose document numbers follow `entries`.
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setMergeScheduler(new SerialMergeScheduler())
                .setUseCompoundFile(false)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (IndexEntry entry : entries) {
                List<String> terms = TermMappings.analyze(analyzer, entry.text());
                Document doc = new Document();
                doc.add(new Field(FIELD, new TermListTokenStream(terms), TextField.TYPE_NOT_STORED));
                writer.addDocument(doc);
                termSets.add(new LinkedHashSet<>(terms));
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            Map<String, Double> weights = TermWeighting.weights(entries, termSets, settings);
            List<IndexedText> texts = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String[] terms = termSets.get(i).toArray(String[]::new);
                double[] termWeights = new double[terms.length];
                double weight = 0;
                for (int t = 0; t < terms.length; t++) {
                    termWeights[t] = weights.getOrDefault(terms[t], settings.maxWeight);
                    weight += termWeights[t];
                }
                texts.add(new IndexedText(entries.get(i).passageId(), entries.get(i).kind(), terms, termWeights, weight,
                        entries.get(i).text()));
            }
            return new GuideIndex(analyzer, reader, List.copyOf(texts), weights, TermWeighting.guideMarkers(entries, termSets, settings),
                    TermWeighting.outsideOnly(entries, termSets), writtenWords(entries, analyzer), unknownWords, settings,
                    UsualCauses.of(guide));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the guide index", e);
        }
    }


    /** Every word of the indexed texts as written (folded) → the one term it stands for. */
    private static Map<String, String> writtenWords(List<IndexEntry> entries, GuideAnalyzer analyzer) {
        Map<String, String> words = new HashMap<>();
        for (IndexEntry entry : entries) {
            for (String word : WORD.split(entry.text())) {
                String folded = SurfaceForm.fold(word);
                if (folded.length() >= 2 && !words.containsKey(folded)) {
                    List<String> terms = TermMappings.analyze(analyzer, word).stream().distinct().toList();
                    words.put(folded, terms.size() == 1 ? terms.get(0) : "");
                }
            }
        }
        words.values().removeIf(String::isEmpty);
        return words;
    }

    /** The indexed texts' words as written → their terms: what spelling correction aims at. */
    Map<String, String> writtenWords() {
        return writtenWords;
    }

    private static List<String> bodyTexts(Passage passage) {
        List<String> texts = new ArrayList<>(passage.intro());
        for (Step step : passage.steps()) {
            StringBuilder text = new StringBuilder(step.text());
            for (Choice choice : step.choices()) {
                text.append('\n').append(choice.condition()).append('\n').append(String.join("\n", choice.instructions()));
            }
            texts.add(text.toString());
            texts.addAll(step.notes());
        }
        texts.addAll(passage.notes());
        if (!passage.outcome().isEmpty()) {
            texts.add(passage.outcome());
        }
        return texts;
    }

    /** Whether the term marks the guide's subject as such (see {@link TermWeighting#guideMarkers}). */
    boolean marksGuide(String term) {
        return guideMarkers.contains(term);
    }

    /** Whether only the messages outside the guide use the term (see {@link TermWeighting#outsideOnly}). */
    boolean onlyOutsideGuide(String term) {
        return outsideOnly.contains(term);
    }

    /** Whether the guide's own texts use the term, not only the messages outside it. */
    boolean usedByGuide(String term) {
        return docFreq(term) > 0 && !onlyOutsideGuide(term);
    }

    /** How the words this index does not know are sorted (filler, names, other topics). */
    UnknownWords unknownWords() {
        return unknownWords;
    }

    /** The guide's passage of the usual causes and where it sends the reader on. */
    UsualCauses usualCauses() {
        return usualCauses;
    }

    GuideAnalyzer analyzer() {
        return analyzer;
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexedText text(int doc) {
        return texts.get(doc);
    }

    /** How many indexed texts have the term. */
    int docFreq(String term) {
        return candidateScores.docFreq(term);
    }

    /** The indexed terms' scores in the texts that have them, for the candidate search. */
    CandidateScores candidateScores() {
        return candidateScores;
    }

    /** How telling a known term is, 0..{@code weight.max} (see {@link TermWeighting}). */
    double weight(String term) {
        return weights.getOrDefault(term, settings.maxWeight);
    }

    /** The settings the index was weighed with; the stages read theirs from here too. */
    MatcherSettings settings() {
        return settings;
    }

}
