package dk.unilogin.helper.bot.dialog;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The welcome and the "what can you do" reply, with buttons for the guide's main topics. */
final class WelcomeDialog {
    /** The username topic asks whose username first: these are its candidates. */
    static final List<String> USERNAME_PASSAGES =
            List.of("foraelder-brugernavn", "foraelder-barns-brugernavn", "elev-brugernavn");
    static final String USERNAME_TOPIC = "username";

    private record Topic(Function<Texts, String> title, ButtonValue value, String passageId) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(Texts::topicPassword, ButtonValue.of(ButtonValue.ANSWER, "skift-adgangskode-barn"),
                    "skift-adgangskode-barn"),
            new Topic(Texts::topicUsername, ButtonValue.of(ButtonValue.TOPIC, USERNAME_TOPIC), "foraelder-brugernavn"),
            new Topic(Texts::topicNoAccess, ButtonValue.of(ButtonValue.ANSWER, "ingen-adgang"), "ingen-adgang"),
            new Topic(Texts::topicWhereLogin, ButtonValue.of(ButtonValue.ANSWER, "hvor-logge-ind"), "hvor-logge-ind"),
            new Topic(Texts::topicComputer, ButtonValue.of(ButtonValue.ANSWER, "computer-login"), "computer-login"),
            new Topic(Texts::topicContactSchool, ButtonValue.of(ButtonValue.ANSWER, "kontakt-skolen"),
                    "kontakt-skolen"));

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
        Texts t = kit.texts(ctx);
        List<SuggestedAction> buttons = new ArrayList<>();
        for (Topic topic : TOPICS) {
            if (kit.passage(ctx, topic.passageId()).isPresent()) {
                topic.value().button(topic.title().apply(t)).ifPresent(buttons::add);
            }
        }
        return buttons;
    }
}
