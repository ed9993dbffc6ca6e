package dk.unilogin.helper.app.start;

import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

/**
 * Starts the server from the bean definitions the build generated (Spring AOT,
 * {@code spring-boot:process-aot}) when they fit: present, and the configuration the packaged
 * one as far as any condition reads it ({@link SettingsBeyondPackage}). The context then skips
 * reading configuration classes and evaluating conditions, about a fifth of a start (README,
 * "Performance"). With Redis, Telegram or any other setting a condition reads changed, the server
 * starts the ordinary way, as it does without the build's classes (tests, an IDE).
 *
 * <p>Registered by the main method only, so tests and the command-line modes never start from
 * generated definitions. An explicit {@code -Dspring.aot.enabled} is left as given. While the
 * build generates the definitions, a configuration beyond the packaged one fails it: they would
 * be generated for the wrong values.
 */
public final class GeneratedBeanDefinitions implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static final Log log = LogFactory.getLog(GeneratedBeanDefinitions.class);
    private static final String PROCESSING = "spring.aot.processing";

    private final SettingsBeyondPackage beyondPackage;

    public GeneratedBeanDefinitions() {
        this(new SettingsBeyondPackage(BuildTimeSettings.bundled()));
    }

    GeneratedBeanDefinitions(SettingsBeyondPackage beyondPackage) {
        this.beyondPackage = beyondPackage;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (Boolean.parseBoolean(System.getProperty(PROCESSING))) {
            Set<String> differing = beyondPackage.find(event.getEnvironment());
            if (!differing.isEmpty()) {
                throw new IllegalStateException("The build generates bean definitions for the packaged configuration,"
                        + " but these settings are changed where it runs: " + String.join(", ", differing)
                        + ". Unset them (environment variables, system properties) and build again.");
            }
            return;
        }
        if (SpringProperties.checkFlag(AotDetector.AOT_ENABLED) != null) {
            return;
        }
        // Spring looks the generated initializer up by the main class's name, as here.
        Class<?> mainClass = event.getSpringApplication().getMainApplicationClass();
        if (mainClass == null || !ClassUtils.isPresent(mainClass.getName() + "__ApplicationContextInitializer",
                event.getSpringApplication().getClassLoader())) {
            log.debug("No bean definitions generated at build time: starting the ordinary way");
            return;
        }
        Set<String> differing = beyondPackage.find(event.getEnvironment());
        if (differing.isEmpty()) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        } else {
            log.info("Starting without the bean definitions generated at build time (slower): they fit the packaged"
                    + " configuration, and these settings differ from it: " + String.join(", ", differing));
        }
    }
}
