package dk.unilogin.helper.app.ops;

import dk.unilogin.helper.bot.TurnProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's {@link TurnProcessor} (the bean named {@value #BEAN}, declared as the
 * interface) in a {@link MeteredTurnProcessor}. Other processor beans, such as a test's own
 * recording fake injected by its concrete type, are left alone.
 */
final class TurnMetricsPostProcessor implements BeanPostProcessor {

    static final String BEAN = "turnProcessor";

    private final ObjectProvider<MeterRegistry> registry;

    TurnMetricsPostProcessor(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (BEAN.equals(beanName) && bean instanceof TurnProcessor processor && !(bean instanceof MeteredTurnProcessor)) {
            MeterRegistry meters = registry.getIfAvailable();
            return meters == null ? bean : new MeteredTurnProcessor(processor, meters);
        }
        return bean;
    }
}
