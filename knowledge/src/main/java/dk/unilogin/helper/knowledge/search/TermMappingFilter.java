package dk.unilogin.helper.knowledge.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each analysed term that has a canonical form by that form ("kodeord" → the
 * stem of "adgangskode"). One token in, one token out, so the same filter serves the
 * index and the queries without building token graphs.
 */
public final class TermMappingFilter extends TokenFilter {
    private final Map<String, String> canonical;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public TermMappingFilter(TokenStream input, Map<String, String> canonical) {
        super(input);
        this.canonical = canonical;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String replacement = canonical.get(term.toString());
        if (replacement != null) {
            term.setEmpty().append(replacement);
        }
        return true;
    }
}
