package dk.unilogin.helper.app.ops;

import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports the school profiles in use. A failed reload does not make the bot unhealthy (the
 * previous set serves on), so it is up with the error as a detail.
 */
final class SchoolsHealthIndicator implements HealthIndicator {

    private final ReloadableSchoolDirectory schools;

    SchoolsHealthIndicator(ReloadableSchoolDirectory schools) {
        this.schools = schools;
    }

    @Override
    public Health health() {
        ReloadableSchoolDirectory.LoadStatus status = schools.status();
        Health.Builder health = Health.up().withDetail("schools", schools.all().size());
        if (!status.ok()) {
            health.withDetail("lastReloadError", status.error());
        }
        return health.build();
    }
}
