package dk.unilogin.helper.app;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.UniloginBot;
import dk.unilogin.helper.bot.insights.TurnRecorder;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.state.ConversationLocks;
import dk.unilogin.helper.bot.state.ConversationStateStore;
import dk.unilogin.helper.bot.state.InMemoryConversationStateStore;
import dk.unilogin.helper.bot.state.TurnLock;
import dk.unilogin.helper.knowledge.ExtraExamples;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.ReloadableKnowledgeBase;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bot for the channel adapters: the guide's knowledge (reloadable; from
 * {@code bot.knowledge.dir} when set, else the guide bundled in the jar) and the one
 * {@link TurnProcessor} that the web chat and Telegram share, keeping conversations in memory
 * unless a shared store (Redis, {@code bot.store=redis}) provides its own. Schools and insights are
 * optional: without them the bot answers as the guide says and records nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
public class BotConfiguration {
    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

    @Bean
    public ReloadableKnowledgeBase knowledgeBase(@Value("${bot.knowledge.dir:}") String dir,
            ObjectProvider<ExtraExamples> extras) {
        log.info("Knowledge: {}", dir.isBlank() ? "the guide bundled in the application" : dir);
        return KnowledgeSource.loadInBackground(dir, extras.getIfAvailable(() -> ExtraExamples.NONE));
    }

    /**
     * The guide's index is built on a thread of its own while the rest of the server starts
     * (on a second core, the start no longer waits for it); the start ends only when it is
     * built, so a guide with an error still stops the server, and readiness (which Spring Boot
     * reports after the runners) stays DOWN until then. A turn that comes earlier waits for it.
     */
    @Bean
    public ApplicationRunner knowledgeBuilt(ReloadableKnowledgeBase knowledge) {
        return arguments -> {
            knowledge.awaitFirstLoad();
            log.info("Knowledge index built: {} passages", knowledge.passages(Language.DA).size());
        };
    }

    @Bean
    public TurnProcessor turnProcessor(KnowledgeBase knowledge, ObjectProvider<SchoolDirectory> schools,
            ObjectProvider<TurnRecorder> recorders, ObjectProvider<Clock> clocks, ConversationProperties conversations,
            ObjectProvider<ConversationStateStore> sharedStore, ObjectProvider<TurnLock> sharedLock) {
        Clock clock = clocks.getIfAvailable(Clock::systemUTC);
        return UniloginBot.builder()
                .knowledge(knowledge)
                .schools(schools.getIfAvailable(() -> SchoolDirectory.EMPTY))
                .recorder(recorders.getIfAvailable(() -> TurnRecorder.NONE))
                .clock(clock)
                .stateStore(sharedStore.getIfAvailable(() -> new InMemoryConversationStateStore(clock,
                        conversations.idleExpiry(), conversations.max())))
                .turnLock(sharedLock.getIfAvailable(ConversationLocks::new))
                .build();
    }

    /** Where the knowledge comes from; shared with the command-line modes. */
    public static final class KnowledgeSource {
        private KnowledgeSource() {
        }

        public static ReloadableKnowledgeBase load(String dir) {
            return load(dir, ExtraExamples.NONE);
        }

        /** The guide with {@code extras} (example questions kept elsewhere) merged in at every load. */
        public static ReloadableKnowledgeBase load(String dir, ExtraExamples extras) {
            if (dir == null || dir.isBlank()) {
                return ReloadableKnowledgeBase.bundled(extras);
            }
            return ReloadableKnowledgeBase.fromDirectory(Path.of(dir), extras);
        }

        /** As {@link #load(String, ExtraExamples)}, the first set built on a thread of its own. */
        public static ReloadableKnowledgeBase loadInBackground(String dir, ExtraExamples extras) {
            if (dir == null || dir.isBlank()) {
                return ReloadableKnowledgeBase.loadingInBackground(() -> KnowledgeLoader.loadBundled(extras));
            }
            Path folder = Path.of(dir);
            return ReloadableKnowledgeBase.loadingInBackground(() -> KnowledgeLoader.load(folder, extras));
        }
    }
}
