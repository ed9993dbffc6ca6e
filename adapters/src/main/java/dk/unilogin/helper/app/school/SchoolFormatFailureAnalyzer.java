package dk.unilogin.helper.app.school;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad school profile at start-up: one clear "file:line: problem" instead of a bean-creation stack. */
final class SchoolFormatFailureAnalyzer extends AbstractFailureAnalyzer<SchoolFormatException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchoolFormatException cause) {
        return new FailureAnalysis("A school profile could not be loaded: " + cause.getMessage(),
                "Fix " + cause.file() + " at line " + cause.line()
                        + " (see demo-skole.yml for the format), or point bot.schools.dir at another folder.",
                cause);
    }
}
