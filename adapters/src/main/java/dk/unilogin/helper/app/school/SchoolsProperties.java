package dk.unilogin.helper.app.school;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bot.schools.dir}: the folder of school profile files (one {@code .yml} per school).
 * Unset, the bundled example school {@code demo-skole} is used.
 */
@ConfigurationProperties("bot.schools")
public record SchoolsProperties(Path dir) {
    public SchoolsProperties {
        // An empty setting would otherwise mean the working directory.
        dir = dir == null || dir.toString().isBlank() ? null : dir;
    }
}
