package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stage 1, read: the message cut to its readable length, its weighted terms (spelling, split
 * words, unknown words sorted by {@link QueryReader}), its sentences and clauses, and who writes.
 */
final class MessageReader {
    private final QueryReader terms;
    private final WriterRoles roles;
    private final MatcherSettings settings;

    MessageReader(QueryReader terms, WriterRoles roles, MatcherSettings settings) {
        this.terms = terms;
        this.roles = roles;
        this.settings = settings;
    }

    ReadMessage read(String message, ExplainLog log) {
        String text = message == null ? "" : message;
        if (text.length() > settings.maxMessageChars) {
            text = text.substring(0, settings.maxMessageChars);
        }
        List<QueryTerm> whole = terms.read(text);
        List<ReadMessage.Part> parts = new ArrayList<>();
        for (String part : MessageParts.of(text)) {
            parts.add(new ReadMessage.Part(part, List.of()));
        }
        Writer writer = roles.of(text);
        if (log.on()) {
            log.add("read", parts.size() + " part(s); writer: " + writer);
            log.add("", "terms: " + describe(whole));
        }
        return new ReadMessage(text, whole, parts, writer);
    }

    static String describe(List<QueryTerm> terms) {
        if (terms.isEmpty()) {
            return "(none)";
        }
        return terms.stream().map(t -> String.format("%s %.2f%s", t.term(), t.weight(),
                t.foreign() ? " foreign" : !t.known() ? " unknown" : t.corrected() ? " corrected" : ""))
                .collect(Collectors.joining(", "));
    }
}
