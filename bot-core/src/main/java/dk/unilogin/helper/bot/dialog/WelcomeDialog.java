package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import dk.unilogin.helper.knowledge.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The welcome and the "what can you do" reply, with a button for each of the guide's topics
 * (the passages' {@code topic} key, in the guide's order). A topic of one passage answers it;
 * a topic shared by several ("Glemt brugernavn") asks which one is meant.
 */
final class WelcomeDialog {
    private final DialogKit kit;

    WelcomeDialog(DialogKit kit) {
        this.kit = kit;
    }

    void welcome(TurnContext ctx) {
        Texts t = kit.texts(ctx);
        String text = kit.school(ctx).map(s -> t.welcomeFrom(s.name())).orElse(t.welcome());
        ctx.send(text, topicButtons(ctx));
        ctx.trace(TurnOutcome.WELCOME, null, 0);
    }

    void capabilities(TurnContext ctx) {
        ctx.send(kit.texts(ctx).capabilities(), topicButtons(ctx));
        ctx.trace(TurnOutcome.SMALL_TALK, null, 0);
    }

    /** Buttons for the topics the loaded guide has. */
    List<SuggestedAction> topicButtons(TurnContext ctx) {
        List<SuggestedAction> buttons = new ArrayList<>();
        topics(ctx).forEach((label, passages) -> {
            String first = passages.get(0).id();
            ButtonValue value = passages.size() == 1 ? ButtonValue.of(ButtonValue.ANSWER, first)
                    : ButtonValue.of(ButtonValue.TOPIC, first);
            value.button(label).ifPresent(buttons::add);
        });
        return buttons;
    }

    /** The passages that share a topic with {@code passageId}, in the guide's order; empty if it has none. */
    List<String> topicOf(TurnContext ctx, String passageId) {
        return kit.passage(ctx, passageId).filter(p -> p.roles().isTopic())
                .map(p -> topics(ctx).get(p.roles().topic()).stream().map(Passage::id).toList())
                .orElse(List.of());
    }

    private Map<String, List<Passage>> topics(TurnContext ctx) {
        Map<String, List<Passage>> byLabel = new LinkedHashMap<>();
        for (Passage p : kit.knowledge().passages(ctx.language())) {
            if (p.roles().isTopic()) {
                byLabel.computeIfAbsent(p.roles().topic(), label -> new ArrayList<>()).add(p);
            }
        }
        return byLabel;
    }
}
