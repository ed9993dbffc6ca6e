package dk.unilogin.helper.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.TurnProcessor;
import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.Events;
import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.bot.insights.TurnRecorder;
import dk.unilogin.helper.bot.school.SchoolContact;
import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.school.SchoolProfile;
import dk.unilogin.helper.knowledge.ReloadableKnowledgeBase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bot's wiring alone: it works without schools and insights, and uses them when present. */
class BotConfigurationTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BotConfiguration.class);

    @Test
    void withoutSchoolsOrInsightsTheBotAnswersFromTheBundledGuide() {
        context.run(ctx -> {
            assertThat(ctx).hasSingleBean(ReloadableKnowledgeBase.class).hasSingleBean(TurnProcessor.class);
            var result = ctx.getBean(TurnProcessor.class)
                    .process(Activity.userMessage("web", "c1", "u", "der står ingen adgang"));
            assertThat(result.trace().passageId()).isEqualTo("ingen-adgang");
        });
    }

    @Test
    void aSchoolDirectoryAndARecorderBeanAreUsed() {
        SchoolProfile school = new SchoolProfile("bakkeskolen", "Bakkeskolen",
                new SchoolContact("+45 12 34 56 78", null, null, null), List.of(), null, List.of(), null);
        List<TurnRecord> records = new CopyOnWriteArrayList<>();
        context.withBean(SchoolDirectory.class, () -> new SchoolDirectory() {
                    public Optional<SchoolProfile> byId(String id) {
                        return id.equals(school.id()) ? Optional.of(school) : Optional.empty();
                    }

                    public Optional<SchoolProfile> byName(String text) {
                        return Optional.empty();
                    }

                    public List<SchoolProfile> all() {
                        return List.of(school);
                    }
                })
                .withBean(TurnRecorder.class, () -> records::add)
                .run(ctx -> {
                    TurnProcessor bot = ctx.getBean(TurnProcessor.class);
                    bot.process(Activity.event("web", "c2", "u", Events.CONVERSATION_START, "bakkeskolen"));
                    var result = bot.process(Activity.userMessage("web", "c2", "u", "hvem skal jeg kontakte"));
                    assertThat(result.replies().get(0).text()).contains("+45 12 34 56 78");
                    assertThat(records).hasSize(2);
                    assertThat(records.get(1).schoolId()).isEqualTo("bakkeskolen");
                });
    }

    @Test
    void conversationLimitsComeFromConfiguration() {
        context.withPropertyValues("bot.conversations.max=0").run(ctx -> assertThat(ctx).hasFailed());
        context.withPropertyValues("bot.conversations.idle-expiry=5m", "bot.conversations.max=10")
                .run(ctx -> assertThat(ctx).hasSingleBean(TurnProcessor.class));
    }

    @Test
    void knowledgeCanComeFromADirectory() {
        context.withPropertyValues("bot.knowledge.dir=../knowledge/src/main/resources/guide")
                .run(ctx -> assertThat(ctx.getBean(ReloadableKnowledgeBase.class)
                        .passage("kontakt-skolen", dk.unilogin.helper.knowledge.Language.DA)).isPresent());
    }
}
