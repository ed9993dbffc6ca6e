package dk.unilogin.helper.knowledge.eval;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;

/** Prints the matcher's accuracy on the bundled question sets (a development aid). */
public final class EvalMain {
    public static void main(String[] args) {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        for (String set : args.length == 0 ? new String[] {"eval/dev.jsonl", "eval/extra.jsonl", "eval/fresh.jsonl"} : args) {
            System.out.print(MatcherEvaluation.run(knowledge, EvalSetReader.readResource(set)).report(set));
        }
    }
}
