package dk.unilogin.helper.app.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {
    private final AtomicReference<List<SchoolProfile>> schools = new AtomicReference<>(List.of(
            new SchoolProfile("vest", "Vestskolen", null, null, null, List.of("https://www.vestskolen.dk"), Map.of())));
    private final SchoolDirectory directory = new SchoolDirectory() {
        @Override
        public Optional<SchoolProfile> byId(String id) {
            return schools.get().stream().filter(s -> s.id().equals(id)).findFirst();
        }

        @Override
        public Optional<SchoolProfile> byName(String text) {
            return Optional.empty();
        }

        @Override
        public List<SchoolProfile> all() {
            return schools.get();
        }
    };

    @Test
    void schoolOriginsApplyAsTheDirectoryChanges() {
        AllowedOrigins origins = new AllowedOrigins(List.of(), () -> directory, false);

        assertThat(origins.allows("https://www.vestskolen.dk")).isTrue();
        assertThat(origins.allows("HTTPS://WWW.VESTSKOLEN.DK/")).isTrue();
        assertThat(origins.allows("https://www.vestskolen.dk.evil.example")).isFalse();

        schools.set(List.of());

        assertThat(origins.allows("https://www.vestskolen.dk")).isFalse();
    }

    @Test
    void localhostOnlyWhenEnabled() {
        assertThat(new AllowedOrigins(List.of(), () -> SchoolDirectory.EMPTY, true).allows("http://127.0.0.1:8080")).isTrue();
        assertThat(new AllowedOrigins(List.of(), () -> SchoolDirectory.EMPTY, true).allows("http://localhost.evil.example"))
                .isFalse();
        assertThat(new AllowedOrigins(List.of(), () -> SchoolDirectory.EMPTY, false).allows("http://localhost:8080")).isFalse();
    }

    @Test
    void configuredOriginsAndNothingElse() {
        AllowedOrigins origins = new AllowedOrigins(List.of("https://partner.example"), () -> SchoolDirectory.EMPTY, false);

        assertThat(origins.allows("https://partner.example")).isTrue();
        assertThat(origins.allows("null")).isFalse();
        assertThat(origins.allows(null)).isFalse();
    }
}
