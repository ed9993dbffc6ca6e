package dk.unilogin.helper.app.admin;

import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import dk.unilogin.helper.app.school.SchoolFormatException;
import org.springframework.stereotype.Component;

/** Reloads the school profiles from their folder. */
@Component
class SchoolsReloadTarget implements ReloadTarget {

    private final ReloadableSchoolDirectory schools;

    SchoolsReloadTarget(ReloadableSchoolDirectory schools) {
        this.schools = schools;
    }

    @Override
    public String name() {
        return "schools";
    }

    @Override
    public ReloadResult reload() {
        try {
            schools.reload();
        } catch (SchoolFormatException e) {
            // The directory keeps its old set and records the error; last() reports it.
        }
        return last();
    }

    @Override
    public ReloadResult last() {
        ReloadableSchoolDirectory.LoadStatus status = schools.status();
        return status.ok()
                ? ReloadResult.ok(name(), status.at(), status.schools() + " school(s) from " + status.source())
                : ReloadResult.failed(name(), status.at(), status.error());
    }
}
