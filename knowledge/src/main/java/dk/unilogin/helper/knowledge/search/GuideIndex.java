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
    private final Map<String, Integer> groupFreq;
    private final int groupCount;

    private GuideIndex(GuideAnalyzer analyzer, DirectoryReader reader, List<IndexedText> texts,
                       Map<String, Integer> groupFreq, int groupCount) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.texts = texts;
        this.groupFreq = Map.copyOf(groupFreq);
        this.groupCount = groupCount;
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
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Entry entry : entries) {
                Document doc = new Document();
                doc.add(new TextField(FIELD, entry.text, Field.Store.NO));
                writer.addDocument(doc);
                termSets.add(new LinkedHashSet<>(TermMappings.analyze(analyzer, entry.text)));
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            Map<String, Set<String>> groupsByTerm = new HashMap<>();
            Set<String> groups = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String group = entries.get(i).passageId == null ? "" : entries.get(i).passageId;
                groups.add(group);
                termSets.get(i).forEach(t -> groupsByTerm.computeIfAbsent(t, k -> new HashSet<>()).add(group));
            }
            Map<String, Integer> groupFreq = new HashMap<>();
            groupsByTerm.forEach((term, owners) -> groupFreq.put(term, owners.size()));
            GuideIndex weights = new GuideIndex(analyzer, reader, List.of(), groupFreq, groups.size());
            List<IndexedText> texts = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Set<String> terms = termSets.get(i);
                double weight = terms.stream().mapToDouble(weights::weight).sum();
                texts.add(new IndexedText(entries.get(i).passageId, entries.get(i).kind, Set.copyOf(terms), weight));
            }
            return new GuideIndex(analyzer, reader, List.copyOf(texts), groupFreq, groups.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the guide index", e);
        }
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

    /**
     * How telling a term is: inverse frequency over passages (the texts outside the guide
     * count as one more group), not over texts, so that a word repeated in many example
     * questions of one passage stays a strong sign of that passage.
     */
    double weight(String term) {
        return idf(groupFreq.getOrDefault(term, 0));
    }

    double idf(int groups) {
        return Math.log(1 + (groupCount - groups + 0.5) / (groups + 0.5));
    }
}
