package dk.unilogin.helper.bot.school;

import dk.unilogin.helper.knowledge.Language;

/** The words around a school's facts, in Danish or English; {@code %s} is the school's name. */
record SchoolTexts(
        String servicesAt,
        String askOffice,
        String computersAt,
        String computerHelp,
        String contactHeading,
        String serviceAccess,
        String phone,
        String email,
        String web,
        String officeHours) {

    private static final SchoolTexts DANISH = new SchoolTexts(
            "Her logger I ind på %s:",
            "Spørg kontoret på %s, hvis I mangler en tjeneste:",
            "Sådan logger I ind på computerne på %s:",
            "Kontakt %s for hjælp til computeren:",
            "Sådan kontakter I %s:",
            "Mangler I adgang til en tjeneste? Kontakt %s:",
            "Telefon",
            "E-mail",
            "Hjemmeside",
            "Åbningstid");

    private static final SchoolTexts ENGLISH = new SchoolTexts(
            "Where to log in at %s:",
            "Ask the office at %s if a service is missing:",
            "Logging in to the computers at %s:",
            "Contact %s for help with the computer:",
            "How to contact %s:",
            "No access to a service? Contact %s:",
            "Phone",
            "E-mail",
            "Website",
            "Office hours");

    static SchoolTexts of(Language language) {
        return language == Language.EN ? ENGLISH : DANISH;
    }

    String servicesAt(String name) {
        return servicesAt.formatted(name);
    }

    String askOffice(String name) {
        return askOffice.formatted(name);
    }

    String computersAt(String name) {
        return computersAt.formatted(name);
    }

    String computerHelp(String name) {
        return computerHelp.formatted(name);
    }

    String contactHeading(String name) {
        return contactHeading.formatted(name);
    }

    String serviceAccess(String name) {
        return serviceAccess.formatted(name);
    }
}
