package dk.unilogin.helper.knowledge.eval;

import java.util.List;

/** One labelled question of an evaluation set (see /work/shared/eval/README.md for the format). */
public record EvalQuestion(String q, List<String> expect, String kind, int line) {

    public boolean expectsNone() {
        return expect.contains("none");
    }
}
