package dk.unilogin.helper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.ReloadableKnowledgeBase;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.health.contributor.Status;

/** Readiness stays DOWN while the guide's index is still being built at start, without waiting for it. */
class KnowledgeHealthIndicatorTest {

    @Test
    void downWhileTheIndexIsBeingBuiltAndUpOnceItIs() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.loadingInBackground(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return KnowledgeLoader.loadBundled();
        });
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("knowledge", knowledge);
        KnowledgeHealthIndicator indicator = new KnowledgeHealthIndicator(beans.getBeanProvider(KnowledgeBase.class));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(indicator.health().getDetails()).containsEntry("reason", "the knowledge index is being built");

        release.countDown();
        knowledge.awaitFirstLoad();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
