package dk.unilogin.helper.app.cli;

import dk.unilogin.helper.app.BotConfiguration;
import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The command-line modes: {@code eval} (with {@code --explain}, the matcher's stages for each
 * question), {@code chat} (with {@code --debug}, the same for each typed message) and
 * {@code hash-password}. They build the same bot the web
 * chat uses, directly and without Spring, so no server starts and nothing is recorded.
 * The knowledge comes from {@code -Dbot.knowledge.dir} or {@code BOT_KNOWLEDGE_DIR} when set,
 * the school profiles from {@code -Dbot.schools.dir} or {@code BOT_SCHOOLS_DIR} (else the
 * bundled example schools, as in the server).
 */
public final class CommandLine {
    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("eval") || args[0].equals("chat")
                || args[0].equals(HashPasswordCommand.NAME));
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (args[0].equals(HashPasswordCommand.NAME)) {
            return new HashPasswordCommand(System.console(), System.in, out, err).run();
        }
        KnowledgeBase knowledge = knowledge();
        Function<String, String> explainer = new MatcherExplainer(knowledge);
        if (args[0].equals("eval")) {
            return new EvalCommand(() -> bot(knowledge), explainer, out, err).run(rest);
        }
        boolean debug = Arrays.asList(rest).contains("--debug");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new ChatCommand(bot(knowledge), in, out, debug ? explainer : null).run();
    }

    static TurnProcessor bot() {
        return bot(knowledge());
    }

    private static KnowledgeBase knowledge() {
        return BotConfiguration.KnowledgeSource.load(setting("bot.knowledge.dir", "BOT_KNOWLEDGE_DIR"));
    }

    private static TurnProcessor bot(KnowledgeBase knowledge) {
        String schools = setting("bot.schools.dir", "BOT_SCHOOLS_DIR");
        return UniloginBot.builder().knowledge(knowledge)
                .schools(ReloadableSchoolDirectory.load(schools == null || schools.isBlank() ? null : Path.of(schools)))
                .build();
    }

    private static String setting(String property, String environmentVariable) {
        return System.getProperty(property, System.getenv(environmentVariable));
    }
}
