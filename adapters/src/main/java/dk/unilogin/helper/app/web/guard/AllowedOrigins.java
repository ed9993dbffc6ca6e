package dk.unilogin.helper.app.web.guard;

import dk.unilogin.helper.bot.school.SchoolDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which web origins may call the API from a browser: those configured, those each school
 * declares (read from the directory on every check, so a reload of the schools takes
 * effect at once) and, for development, localhost.
 */
public final class AllowedOrigins {
    private static final Pattern LOCALHOST =
            Pattern.compile("https?://(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");

    private final Set<String> configured;
    private final Supplier<SchoolDirectory> schools;
    private final boolean allowLocalhost;

    AllowedOrigins(List<String> configured, Supplier<SchoolDirectory> schools, boolean allowLocalhost) {
        this.configured = configured.stream().map(AllowedOrigins::normalize).collect(Collectors.toUnmodifiableSet());
        this.schools = schools;
        this.allowLocalhost = allowLocalhost;
    }

    boolean allows(String origin) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String normalized = normalize(origin);
        if (allowLocalhost && LOCALHOST.matcher(normalized).matches()) {
            return true;
        }
        if (configured.contains(normalized)) {
            return true;
        }
        return schools.get().all().stream()
                .flatMap(school -> school.allowedOrigins().stream())
                .anyMatch(allowed -> normalize(allowed).equals(normalized));
    }

    /** Whether {@code origin} is one of {@code origins} (as a school profile lists them). */
    public static boolean listed(String origin, Collection<String> origins) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        String normalized = normalize(origin);
        return origins.stream().anyMatch(allowed -> normalize(allowed).equals(normalized));
    }

    /** Origins compare without case and without a trailing slash ("https://Skole.dk/" = "https://skole.dk"). */
    private static String normalize(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
