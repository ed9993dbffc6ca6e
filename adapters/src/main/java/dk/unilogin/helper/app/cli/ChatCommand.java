package dk.unilogin.helper.app.cli;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code chat}: one conversation in the terminal, through the same bot as the web chat. The
 * buttons of the last reply are shown as numbered choices; typing a number presses one.
 * {@code /ny} starts over, {@code /hjaelp} asks what the bot can do, {@code /slut} or end of
 * input quits. In debug mode ({@code chat --debug}) each typed message is first shown as the
 * matcher reads it, stage by stage.
 */
public final class ChatCommand {
    static final String CHANNEL = "terminal";

    private final TurnProcessor bot;
    private final BufferedReader in;
    private final PrintStream out;
    private final String conversation = "terminal-" + UUID.randomUUID();
    private final Function<String, String> explainer;
    private List<SuggestedAction> choices = List.of();

    public ChatCommand(TurnProcessor bot, BufferedReader in, PrintStream out) {
        this(bot, in, out, null);
    }

    /** With an {@code explainer} (debug mode), each typed message is shown as the matcher's stages read it. */
    public ChatCommand(TurnProcessor bot, BufferedReader in, PrintStream out, Function<String, String> explainer) {
        this.bot = bot;
        this.in = in;
        this.out = out;
        this.explainer = explainer;
    }

    public int run() {
        out.println("Unilogin-hjælperen i terminalen. Skriv et spørgsmål; et tal vælger en knap; /ny starter forfra;"
                + " /slut afslutter.");
        show(bot.process(Activity.event(CHANNEL, conversation, "you", Events.CONVERSATION_START, null)));
        try {
            String line;
            out.print("> ");
            out.flush();
            while ((line = in.readLine()) != null) {
                String text = line.strip();
                if (text.equals("/slut") || text.equals("/quit")) {
                    break;
                }
                if (!text.isEmpty()) {
                    Activity activity = toActivity(text);
                    if (explainer != null && activity.text() != null && !activity.text().isBlank()) {
                        explainer.apply(activity.text()).lines().forEach(l -> out.println("  [matcher] " + l));
                    }
                    show(bot.process(activity));
                }
                out.print("> ");
                out.flush();
            }
        } catch (IOException e) {
            out.println("input closed: " + e.getMessage());
        }
        out.println();
        return 0;
    }

    private Activity toActivity(String text) {
        if (text.equals("/ny")) {
            return Activity.event(CHANNEL, conversation, "you", Events.CONVERSATION_RESTART, null);
        }
        if (text.equals("/hjaelp") || text.equals("/hjælp") || text.equals("/help")) {
            return Activity.event(CHANNEL, conversation, "you", Events.HELP, null);
        }
        if (text.matches("\\d{1,2}")) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= choices.size()) {
                return Activity.userValue(CHANNEL, conversation, "you", choices.get(n - 1).value());
            }
        }
        return Activity.userMessage(CHANNEL, conversation, "you", text);
    }

    /** Prints the replies; each one's buttons are numbered on, across the whole turn. */
    private void show(TurnResult result) {
        List<SuggestedAction> all = new java.util.ArrayList<>();
        for (Activity reply : result.replies()) {
            out.println();
            out.println(reply.text());
            for (SuggestedAction action : reply.suggestedActions()) {
                all.add(action);
                out.println("  [" + all.size() + "] " + action.title());
            }
        }
        choices = List.copyOf(all);
    }
}
