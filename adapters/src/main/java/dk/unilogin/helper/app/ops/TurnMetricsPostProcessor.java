package dk.unilogin.helper.app.ops;

import dk.unilogin.helper.bot.TurnProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Wraps the application's {@link TurnProcessor} bean in a {@link MeteredTurnProcessor}. */
final class TurnMetricsPostProcessor implements BeanPostProcessor {

    private final ObjectProvider<MeterRegistry> registry;

    TurnMetricsPostProcessor(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof TurnProcessor processor && !(bean instanceof MeteredTurnProcessor)) {
            MeterRegistry meters = registry.getIfAvailable();
            return meters == null ? bean : new MeteredTurnProcessor(processor, meters);
        }
        return bean;
    }
}
