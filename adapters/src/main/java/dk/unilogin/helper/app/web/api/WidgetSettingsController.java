package dk.unilogin.helper.app.web.api;

import dk.unilogin.helper.bot.school.SchoolDirectory;
import dk.unilogin.helper.bot.school.SchoolProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The look a school chose for its widget: its name and colours. Only colour values of a
 * safe shape are passed on, so a profile cannot smuggle other CSS into the widget.
 */
@RestController
@Tag(name = "Web chat")
class WidgetSettingsController {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{3,8}|(rgb|hsl)a?\\([0-9., %]{5,40}\\)|[a-z]{3,20}");

    /** Looked up once, not on every request (the directory itself reloads its schools). */
    private final SingletonSupplier<SchoolDirectory> schools;

    WidgetSettingsController(ObjectProvider<SchoolDirectory> schools) {
        this.schools = SingletonSupplier.of(() -> schools.getIfAvailable(() -> SchoolDirectory.EMPTY));
    }

    @GetMapping(path = "/api/schools/{schoolId}/widget", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The name and widget colours a school configured")
    @ApiResponse(responseCode = "200", description = "The school's widget settings")
    @ApiResponse(responseCode = "404", description = "No such school")
    ResponseEntity<WidgetSettings> settings(@PathVariable String schoolId) {
        SchoolProfile school = schools.obtain().byId(schoolId)
                .orElseThrow(() -> ApiProblem.notFound("school-not-found", "No school with this id."));
        Map<String, String> colors = school.widgetColors().entrySet().stream()
                .filter(e -> e.getValue() != null && COLOR.matcher(e.getValue().strip()).matches())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().strip()));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new WidgetSettings(school.id(), school.name(), colors));
    }

    /** What the widget needs to look like the school's own. */
    record WidgetSettings(String school, String name, Map<String, String> colors) {
    }
}
