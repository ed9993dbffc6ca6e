package dk.unilogin.helper.app.school;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the school profiles a {@link dk.unilogin.helper.bot.school.SchoolDirectory} bean for the bot. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchoolsProperties.class)
class SchoolConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchoolConfiguration.class);

    @Bean
    ReloadableSchoolDirectory schoolDirectory(SchoolsProperties properties) {
        SchoolFilesLoader loader = new SchoolFilesLoader(properties.dir());
        ReloadableSchoolDirectory directory = new ReloadableSchoolDirectory(loader, Clock.systemUTC());
        log.info("Loaded {} school profile(s) from {}", directory.status().schools(), loader.describe());
        return directory;
    }
}
