package dk.unilogin.helper.app.telegram;

import dk.unilogin.helper.bot.TurnOutcome;
import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.TurnResult;
import dk.unilogin.helper.bot.TurnTrace;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.ActivityType;
import dk.unilogin.helper.bot.activity.ChannelAccount;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Records every activity the adapter hands to the bot and answers through {@code delegate}
 * (by default a fixed guide-like answer with buttons and a source), so tests can check both
 * what the bot was told and what Telegram was sent.
 */
final class RecordingTurns implements TurnProcessor {

    static final String ANSWER = "**Glemt adgangskode**\n\n1. Gå til [Unilogin](https://www.unilogin.dk/?a=1&b=2)\n"
            + "2. Vælg \"Glemt adgangskode\" <her>";

    final List<Activity> seen = Collections.synchronizedList(new ArrayList<>());
    volatile Function<Activity, TurnResult> delegate = RecordingTurns::guideAnswer;

    RecordingTurns() {
    }

    RecordingTurns(TurnProcessor real) {
        this.delegate = real::process;
    }

    @Override
    public TurnResult process(Activity incoming) {
        seen.add(incoming);
        return delegate.apply(incoming);
    }

    List<Activity> seenIn(String conversationId) {
        synchronized (seen) {
            return seen.stream().filter(a -> a.conversationId().equals(conversationId)).toList();
        }
    }

    static TurnResult guideAnswer(Activity incoming) {
        if (incoming.isEvent(Events.CONVERSATION_END)) {
            return new TurnResult(List.of(), new TurnTrace(TurnOutcome.SILENT, null, 0, "da"));
        }
        Activity reply = Activity.builder(ActivityType.MESSAGE).channelId(incoming.channelId())
                .conversationId(incoming.conversationId()).from(ChannelAccount.BOT).locale("da")
                .text(ANSWER)
                .suggestedActions(List.of(new SuggestedAction("Trin for trin", "steps:glemt-kode"),
                        new SuggestedAction("Kontakt skolen", "passage:kontakt-skolen")))
                .source(new PassageRef("glemt-kode", "Få en ny adgangskode"))
                .build();
        return new TurnResult(List.of(reply), new TurnTrace(TurnOutcome.ANSWER, "glemt-kode", 0.9, "da"));
    }
}
