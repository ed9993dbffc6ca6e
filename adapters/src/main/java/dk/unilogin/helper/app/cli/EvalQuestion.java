package dk.unilogin.helper.app.cli;

import java.util.List;

/** One labelled question of an evaluation file: {@code expect} ["none"] means "answer with no passage". */
record EvalQuestion(int line, String question, List<String> expect, String kind) {
    static final String NONE = "none";

    EvalQuestion {
        expect = List.copyOf(expect);
    }

    boolean expectsNone() {
        return expect.size() == 1 && expect.get(0).equals(NONE);
    }
}
