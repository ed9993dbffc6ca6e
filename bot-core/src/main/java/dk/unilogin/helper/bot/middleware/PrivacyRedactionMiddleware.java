package dk.unilogin.helper.bot.middleware;

import dk.unilogin.helper.bot.TurnContext;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.privacy.Redaction;
import dk.unilogin.helper.bot.privacy.Redactor;

/**
 * First in the pipeline: replaces the incoming text (and button value) by a redacted copy, so
 * that no later step, log, recorder or state store ever holds a CPR number or a password.
 */
public final class PrivacyRedactionMiddleware implements Middleware {
    private final Redactor redactor;

    public PrivacyRedactionMiddleware(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public void onTurn(TurnContext context, Runnable next) {
        Activity in = context.incoming();
        Redaction text = redactor.redact(in.text());
        Redaction value = redactor.redact(in.value());
        if (text.removedSomething() || value.removedSomething()) {
            context.replaceIncoming(new Activity(in.type(), in.id(), in.timestamp(), in.channelId(),
                    in.conversationId(), in.from(), in.locale(), text.text(), value.text(), in.name(),
                    in.suggestedActions(), in.source()));
            context.markSensitiveDataRemoved();
        }
        next.run();
    }
}
