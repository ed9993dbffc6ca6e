package dk.unilogin.helper.bot.school;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a school tells the bot about itself: who to call, where pupils log in, how the
 * school computers work, and (for the web widget) its allowed origins and colours.
 */
public record SchoolProfile(
        String id,
        String name,
        SchoolContact contact,
        List<SchoolService> services,
        String computerLoginNotes,
        List<String> allowedOrigins,
        Map<String, String> widgetColors) {

    public SchoolProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        contact = contact == null ? new SchoolContact(null, null, null, null) : contact;
        services = services == null ? List.of() : List.copyOf(services);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        widgetColors = widgetColors == null ? Map.of() : Map.copyOf(widgetColors);
    }
}
