package dk.unilogin.helper.app.ops;

import dk.unilogin.helper.app.insights.AsyncTurnRecorder;
import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics around turns and the insights writer, and the health of the knowledge and schools. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    static TurnMetricsPostProcessor turnMetricsPostProcessor(
            ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
        return new TurnMetricsPostProcessor(registry);
    }

    /**
     * On by default. {@code bot.heap-at-rest=false} leaves the heap settings and the start-up
     * collection out: the tests do, since they run several application instances in one JVM,
     * where one instance's full collection would pause all the others.
     */
    @Bean
    @ConditionalOnProperty(name = "bot.heap-at-rest", havingValue = "true", matchIfMissing = true)
    static HeapAtRest heapAtRest() {
        return new HeapAtRest();
    }

    @Bean
    TurnRequestObservations turnRequestObservations() {
        return new TurnRequestObservations();
    }

    @Bean
    KnowledgeHealthIndicator knowledgeHealthIndicator(ObjectProvider<KnowledgeBase> knowledge) {
        return new KnowledgeHealthIndicator(knowledge);
    }

    @Bean
    SchoolsHealthIndicator schoolsHealthIndicator(ReloadableSchoolDirectory schools) {
        return new SchoolsHealthIndicator(schools);
    }

    @Bean
    MeterBinder insightsWriterMetrics(AsyncTurnRecorder recorder) {
        return registry -> {
            Gauge.builder("insights.queue.depth", recorder, AsyncTurnRecorder::queued)
                    .description("Recorded turns waiting to be written").register(registry);
            FunctionCounter.builder("insights.turns.written", recorder, AsyncTurnRecorder::written).register(registry);
            FunctionCounter.builder("insights.turns.failed", recorder, AsyncTurnRecorder::failed).register(registry);
            FunctionCounter.builder("insights.turns.dropped", recorder, AsyncTurnRecorder::dropped)
                    .description("Turns not recorded because the queue was full").register(registry);
        };
    }
}
