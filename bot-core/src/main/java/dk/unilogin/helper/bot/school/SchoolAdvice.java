package dk.unilogin.helper.bot.school;

import dk.unilogin.helper.knowledge.ConversationRoles.SchoolFacts;
import dk.unilogin.helper.knowledge.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The school's own facts for the passages of the guide that end in "ask the school":
 * where to log in (its services), school computers (its notes and contact), how to reach
 * it, and whom to ask for access to a service. Returns light Markdown to add after the
 * guide's answer, or empty when the passage does not end in the school or the school has
 * nothing to say about it. School texts are escaped: a profile cannot inject links.
 */
public final class SchoolAdvice {

    private SchoolAdvice() {
    }

    /** The school's facts of the kind a passage asks for ({@code school-facts} in the guide's front matter). */
    public static Optional<String> adviceFor(SchoolFacts facts, SchoolProfile school, Language language) {
        if (facts == null || school == null) {
            return Optional.empty();
        }
        SchoolTexts texts = SchoolTexts.of(language);
        String name = Markdown.escape(school.name());
        List<String> blocks = new ArrayList<>();
        switch (facts) {
            case WHERE_TO_LOG_IN -> {
                services(school, texts, name).ifPresent(blocks::add);
                contact(school.contact(), texts, texts.askOffice(name)).ifPresent(blocks::add);
            }
            case COMPUTERS -> {
                if (notBlank(school.computerLoginNotes())) {
                    blocks.add("**" + texts.computersAt(name) + "**\n" + Markdown.escape(school.computerLoginNotes().strip()));
                }
                contact(school.contact(), texts, texts.computerHelp(name)).ifPresent(blocks::add);
            }
            case CONTACT -> {
                contact(school.contact(), texts, texts.contactHeading(name)).ifPresent(blocks::add);
                services(school, texts, name).ifPresent(blocks::add);
            }
            case SERVICE_ACCESS -> contact(school.contact(), texts, texts.serviceAccess(name)).ifPresent(blocks::add);
            case NONE -> {
                return Optional.empty();
            }
        }
        return blocks.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", blocks));
    }

    private static Optional<String> services(SchoolProfile school, SchoolTexts texts, String name) {
        if (school.services().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("**").append(texts.servicesAt(name)).append("**");
        for (SchoolService service : school.services()) {
            out.append("\n- ");
            if (Markdown.isWebAddress(service.loginUrl())) {
                out.append('[').append(Markdown.escape(service.name())).append("](").append(service.loginUrl()).append(')');
                out.append(": ").append(Markdown.escape(Markdown.displayAddress(service.loginUrl())));
            } else {
                out.append(Markdown.escape(service.name()));
            }
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> contact(SchoolContact contact, SchoolTexts texts, String heading) {
        List<String> lines = new ArrayList<>();
        if (notBlank(contact.phone())) {
            lines.add("- " + texts.phone() + ": " + Markdown.escape(contact.phone().strip()));
        }
        if (notBlank(contact.email())) {
            String email = contact.email().strip();
            lines.add("- " + texts.email() + ": " + (Markdown.isEmail(email)
                    ? "[" + Markdown.escape(email) + "](mailto:" + email + ")" : Markdown.escape(email)));
        }
        if (Markdown.isWebAddress(contact.webPage())) {
            lines.add("- " + texts.web() + ": [" + Markdown.escape(Markdown.displayAddress(contact.webPage())) + "]("
                    + contact.webPage().strip() + ")");
        }
        if (notBlank(contact.officeHours())) {
            lines.add("- " + texts.officeHours() + ": " + Markdown.escape(contact.officeHours().strip()));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("**" + heading + "**\n" + String.join("\n", lines));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
