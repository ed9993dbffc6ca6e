package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.Choice;
import dk.unilogin.helper.knowledge.Passage;
import dk.unilogin.helper.knowledge.Step;
import dk.unilogin.helper.knowledge.markdown.Guide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of the guide: one small document per title, example question
 * and body paragraph of every passage in every language, plus the messages known to fall
 * outside the guide. Built once, never written again; one reader and one searcher serve
 * every query.
 */
public final class GuideIndex {
    static final String FIELD = "text";

    private final GuideAnalyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<IndexedText> texts;
    /** The weight of a word found in one passage only; an unknown word is weighed against it. */
    static final double MAX_WEIGHT = 3.0;
    private static final double MIN_WEIGHT = 0.05;
    private static final double RARE_DAMPING = 0.5;
    private static final double NUMBER_WEIGHT = 0.5;
    private static final int MARKER_PASSAGES = 3;

    private final Map<String, Double> weights;
    private final Set<String> guideMarkers;

    private GuideIndex(GuideAnalyzer analyzer, DirectoryReader reader, List<IndexedText> texts,
                       Map<String, Double> weights, Set<String> guideMarkers) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.texts = texts;
        this.weights = Map.copyOf(weights);
        this.guideMarkers = Set.copyOf(guideMarkers);
    }

    public static GuideIndex build(Guide guide, List<String> outsideGuide, GuideAnalyzer analyzer) {
        List<Entry> entries = new ArrayList<>();
        for (List<Passage> passages : guide.passages().values()) {
            for (Passage passage : passages) {
                entries.add(new Entry(passage.id(), TextKind.TITLE, passage.title()));
                passage.examples().forEach(e -> entries.add(new Entry(passage.id(), TextKind.EXAMPLE, e)));
                bodyTexts(passage).forEach(b -> entries.add(new Entry(passage.id(), TextKind.BODY, b)));
            }
        }
        outsideGuide.forEach(o -> entries.add(new Entry(null, TextKind.OUTSIDE, o)));

        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Set<String>> termSets = new ArrayList<>();
        // One flush of one writer thread: a single segment whose document numbers follow `entries`.
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setMergeScheduler(new SerialMergeScheduler())
                .setUseCompoundFile(false)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Entry entry : entries) {
                List<String> terms = TermMappings.analyze(analyzer, entry.text);
                Document doc = new Document();
                doc.add(new Field(FIELD, new TermListTokenStream(terms), TextField.TYPE_NOT_STORED));
                writer.addDocument(doc);
                termSets.add(new LinkedHashSet<>(terms));
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            Map<String, Double> weights = termWeights(entries, termSets);
            List<IndexedText> texts = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String[] terms = termSets.get(i).toArray(String[]::new);
                double[] termWeights = new double[terms.length];
                double weight = 0;
                for (int t = 0; t < terms.length; t++) {
                    termWeights[t] = weights.getOrDefault(terms[t], MAX_WEIGHT);
                    weight += termWeights[t];
                }
                texts.add(new IndexedText(entries.get(i).passageId, entries.get(i).kind, terms, termWeights, weight));
            }
            return new GuideIndex(analyzer, reader, List.copyOf(texts), weights, guideMarkers(entries, termSets));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the guide index", e);
        }
    }

    /**
     * How telling each term is: high when its use is concentrated in one passage (or in the
     * messages outside the guide), low when it is spread over many. Computed from the
     * entropy of the term's share of each group's titles and examples (body text counts
     * half), damped for words seen only once or twice.
     */
    private static Map<String, Double> termWeights(List<Entry> entries, List<Set<String>> termSets) {
        Map<String, Map<String, Double>> uses = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String group = group(entry);
            boolean body = entry.kind == TextKind.BODY;
            if (!body) {
                sizes.merge(group, 1, Integer::sum);
            }
            for (String term : termSets.get(i)) {
                uses.computeIfAbsent(term, t -> new HashMap<>()).merge(group, body ? 0.5 : 1.0, Double::sum);
            }
        }
        double maxEntropy = Math.log(sizes.size());
        Map<String, Double> weights = new HashMap<>();
        uses.forEach((term, byGroup) -> {
            double total = 0;
            double count = 0;
            for (Map.Entry<String, Double> use : byGroup.entrySet()) {
                total += use.getValue() / sizes.getOrDefault(use.getKey(), 1);
                count += use.getValue();
            }
            double entropy = 0;
            for (Map.Entry<String, Double> use : byGroup.entrySet()) {
                double p = use.getValue() / sizes.getOrDefault(use.getKey(), 1) / total;
                entropy -= p * Math.log(p);
            }
            double concentration = 1 - entropy / maxEntropy;
            double evidence = count / (count + RARE_DAMPING);
            double weight = Math.max(MIN_WEIGHT, MAX_WEIGHT * concentration * evidence);
            // A number hints at an age or a class, but says little about what is asked.
            weights.put(term, term.equals(GuideAnalyzer.NUMBER) ? Math.min(weight, NUMBER_WEIGHT) : weight);
        });
        return weights;
    }

    /**
     * Words used across the guide (in at least three passages) and never in the messages
     * outside it, such as "unilogin" and "brugernavn". Too common to tell passages apart,
     * they still tell the guide apart from everything else.
     */
    private static Set<String> guideMarkers(List<Entry> entries, List<Set<String>> termSets) {
        Map<String, Set<String>> passagesByTerm = new HashMap<>();
        Set<String> outside = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            for (String term : termSets.get(i)) {
                if (entry.passageId == null) {
                    outside.add(term);
                } else {
                    passagesByTerm.computeIfAbsent(term, t -> new HashSet<>()).add(entry.passageId);
                }
            }
        }
        Set<String> markers = new HashSet<>();
        passagesByTerm.forEach((term, passages) -> {
            if (passages.size() >= MARKER_PASSAGES && !outside.contains(term)) {
                markers.add(term);
            }
        });
        return markers;
    }

    private static String group(Entry entry) {
        return entry.passageId == null ? "" : entry.passageId;
    }

    private record Entry(String passageId, TextKind kind, String text) {
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

    /** Whether the term marks the guide's subject as such (see {@link #guideMarkers}). */
    boolean marksGuide(String term) {
        return guideMarkers.contains(term);
    }

    GuideAnalyzer analyzer() {
        return analyzer;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexedText text(int doc) {
        return texts.get(doc);
    }

    int docFreq(String term) {
        try {
            return reader.docFreq(new Term(FIELD, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How telling a known term is, 0..{@link #MAX_WEIGHT} (see {@link #termWeights}). */
    double weight(String term) {
        return weights.getOrDefault(term, MAX_WEIGHT);
    }

}
