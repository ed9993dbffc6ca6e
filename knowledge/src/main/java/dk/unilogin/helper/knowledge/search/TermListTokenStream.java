package dk.unilogin.helper.knowledge.search;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replays terms already produced by the guide's analyzer, so that each text is analysed once. */
final class TermListTokenStream extends TokenStream {
    private final List<String> terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> next;

    TermListTokenStream(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    @Override
    public void reset() {
        next = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (next == null || !next.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(next.next());
        return true;
    }
}
