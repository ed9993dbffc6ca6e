package dk.unilogin.helper.bot;

import dk.unilogin.helper.bot.dialog.ConversationBot;
import dk.unilogin.helper.bot.insights.TurnRecorder;
import dk.unilogin.helper.bot.language.LanguageDetector;
import dk.unilogin.helper.bot.middleware.LanguageDetectionMiddleware;
import dk.unilogin.helper.bot.middleware.MiddlewarePipeline;
import dk.unilogin.helper.bot.middleware.PrivacyRedactionMiddleware;
import dk.unilogin.helper.bot.middleware.TurnRecordingMiddleware;
import dk.unilogin.helper.bot.privacy.Redactor;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.state.ConversationLocks;
import dk.unilogin.helper.bot.state.ConversationStateStore;
import dk.unilogin.helper.bot.state.InMemoryConversationStateStore;
import dk.unilogin.helper.bot.state.TurnLock;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Assembles the help bot for the adapters:
 * {@code UniloginBot.builder().knowledge(kb).schools(dir).recorder(rec).build()}.
 * The middleware runs in a fixed order: privacy redaction first, then language detection,
 * then recording, so nothing downstream ever sees personal data.
 */
public final class UniloginBot {
    private UniloginBot() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private KnowledgeBase knowledge;
        private SchoolDirectory schools = SchoolDirectory.EMPTY;
        private TurnRecorder recorder = TurnRecorder.NONE;
        private Clock clock = Clock.systemUTC();
        private ConversationStateStore stateStore;
        private TurnLock turnLock;

        private Builder() {
        }

        /** Required. May be a reloadable knowledge base: passages are looked up per turn. */
        public Builder knowledge(KnowledgeBase v) { this.knowledge = v; return this; }
        public Builder schools(SchoolDirectory v) { this.schools = v; return this; }
        public Builder recorder(TurnRecorder v) { this.recorder = v; return this; }
        public Builder clock(Clock v) { this.clock = v; return this; }
        /** Defaults to an in-memory store (30 min idle expiry) on the builder's clock. */
        public Builder stateStore(ConversationStateStore v) { this.stateStore = v; return this; }
        /** Defaults to a lock within this process; a store shared by several processes needs one across them. */
        public Builder turnLock(TurnLock v) { this.turnLock = v; return this; }

        public TurnProcessor build() {
            Objects.requireNonNull(knowledge, "knowledge");
            Objects.requireNonNull(schools, "schools");
            Objects.requireNonNull(recorder, "recorder");
            Objects.requireNonNull(clock, "clock");
            ConversationStateStore store = stateStore != null ? stateStore : new InMemoryConversationStateStore(clock);
            MiddlewarePipeline pipeline = new MiddlewarePipeline(List.of(
                    new PrivacyRedactionMiddleware(new Redactor()),
                    new LanguageDetectionMiddleware(new LanguageDetector()),
                    new TurnRecordingMiddleware(recorder)));
            Bot bot = new ConversationBot(knowledge, schools);
            return new ConversationTurnProcessor(bot, pipeline, store,
                    turnLock != null ? turnLock : new ConversationLocks(), clock);
        }
    }
}
