package dk.unilogin.helper.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The evaluation's tally: in-scope questions answered from a right passage, "none" questions declined. */
record EvalReport(List<EvalResult> results) {

    EvalReport {
        results = List.copyOf(results);
    }

    long inScopeRight() {
        return results.stream().filter(r -> !expectsNone(r) && r.correct()).count();
    }

    long inScopeTotal() {
        return results.stream().filter(r -> !expectsNone(r)).count();
    }

    long declinedRight() {
        return results.stream().filter(r -> expectsNone(r) && r.correct()).count();
    }

    long declinedTotal() {
        return results.stream().filter(EvalReport::expectsNone).count();
    }

    /** Right / total per kind, in order of first appearance. */
    Map<String, long[]> byKind() {
        Map<String, long[]> kinds = new LinkedHashMap<>();
        for (EvalResult r : results) {
            long[] tally = kinds.computeIfAbsent(r.kind(), k -> new long[2]);
            tally[0] += r.correct() ? 1 : 0;
            tally[1]++;
        }
        return kinds;
    }

    String summaryLine() {
        return "in-scope: " + inScopeRight() + "/" + inScopeTotal() + " declined: " + declinedRight() + "/"
                + declinedTotal();
    }

    private static boolean expectsNone(EvalResult r) {
        return r.expected().size() == 1 && r.expected().get(0).equals(EvalQuestion.NONE);
    }
}
