package dk.unilogin.helper.app.start;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Finds the settings of an environment that differ from the packaged configuration (the
 * application.yml inside the jar, its placeholders at their defaults) and that a condition may
 * read, so that bean definitions generated at build time for the packaged values could be wrong.
 * Looks where a deployment configures: command-line arguments, configuration files outside the
 * jar, system properties and environment variables within the settings' namespaces, and the
 * environment variables the packaged configuration names in placeholders.
 */
final class SettingsBeyondPackage {
    private static final String CONFIG_RESOURCE = "Config resource";
    private static final String CLASS_PATH = "class path resource";
    private static final PropertyPlaceholderHelper PLACEHOLDERS = new PropertyPlaceholderHelper("${", "}", ":", null, true);

    private final BuildTimeSettings settings;

    SettingsBeyondPackage(BuildTimeSettings settings) {
        this.settings = settings;
    }

    /** The names of the differing settings, sorted; empty when the configuration is the packaged one in this sense. */
    Set<String> find(ConfigurableEnvironment environment) {
        Set<String> differing = new TreeSet<>();
        if (environment.getActiveProfiles().length > 0) {
            differing.add("spring.profiles.active");
        }
        Map<String, String> packaged = new HashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (isPackaged(source) && source instanceof EnumerablePropertySource<?> file) {
                for (String name : file.getPropertyNames()) {
                    String raw = value(file.getProperty(name));
                    String atDefaults = raw == null ? null : PLACEHOLDERS.replacePlaceholders(raw, placeholder -> null);
                    packaged.putIfAbsent(BuildTimeSettings.flat(name), atDefaults);
                    // A placeholder ("${TELEGRAM_BOT_TOKEN:}") takes its value from the deployment.
                    if (raw != null && raw.contains("${") && !settings.mayDiffer(name)
                            && !same(environment.getProperty(name), atDefaults)) {
                        differing.add(name);
                    }
                }
            }
        }
        for (PropertySource<?> source : environment.getPropertySources()) {
            boolean everyName = isDeployment(source);
            if ((everyName || isSystem(source)) && source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if ((everyName || settings.isSetting(name)) && !settings.mayDiffer(name)
                            && !same(value(enumerable.getProperty(name)), packaged.get(BuildTimeSettings.flat(name)))) {
                        differing.add(name);
                    }
                }
            }
        }
        return differing;
    }

    private static boolean isPackaged(PropertySource<?> source) {
        return source.getName().startsWith(CONFIG_RESOURCE) && source.getName().contains(CLASS_PATH);
    }

    /** Command-line arguments and configuration files outside the jar: every name there is a setting. */
    private static boolean isDeployment(PropertySource<?> source) {
        return source instanceof CommandLinePropertySource
                || (source.getName().startsWith(CONFIG_RESOURCE) && !source.getName().contains(CLASS_PATH));
    }

    private static boolean isSystem(PropertySource<?> source) {
        return source.getName().equals(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)
                || source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    }

    private static String value(Object raw) {
        return raw == null ? null : raw.toString();
    }

    /** An empty setting counts as an absent one, as the conditions here read it ("no Telegram token"). */
    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? "" : a.strip(), b == null ? "" : b.strip());
    }
}
