package dk.unilogin.helper.app.cli;

import java.util.List;

/** How the bot answered one evaluation question. {@code got} is a passage id or "none". */
record EvalResult(int line, String question, String kind, List<String> expected, String got, String outcome,
        double confidence, boolean correct) {
}
