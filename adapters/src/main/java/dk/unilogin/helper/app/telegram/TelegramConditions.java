package dk.unilogin.helper.app.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Conditions on the Telegram settings; an empty token counts as none. */
final class TelegramConditions {

    private TelegramConditions() {
    }

    static boolean tokenSet(ConditionContext context) {
        String token = context.getEnvironment().getProperty("bot.telegram.token");
        return token != null && !token.isBlank();
    }

    static boolean webhookMode(ConditionContext context) {
        return "webhook".equalsIgnoreCase(context.getEnvironment().getProperty("bot.telegram.mode", "polling").strip());
    }

    static final class Enabled extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return tokenSet(context) ? ConditionOutcome.match("Telegram token set")
                    : ConditionOutcome.noMatch("no Telegram token");
        }
    }

    static final class Disabled extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return tokenSet(context) ? ConditionOutcome.noMatch("Telegram token set")
                    : ConditionOutcome.match("no Telegram token");
        }
    }

    static final class WebhookEnabled extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return tokenSet(context) && webhookMode(context) ? ConditionOutcome.match("Telegram webhook mode")
                    : ConditionOutcome.noMatch("Telegram off or in polling mode");
        }
    }
}
