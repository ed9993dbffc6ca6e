package dk.unilogin.helper.knowledge.search;

/**
 * A message that says the login that fails is a device's own ("Skolecomputeren spørger om en kode, når man tænder den",
 * {@link DeviceLogins}) asks for the computer's login: the passages about other logins (a service that refuses, the
 * school's support for services, where to log in) are multiplied by {@code adjust.device-login-factor}, as "forkert
 * brugernavn eller adgangskode" on the login screen would otherwise read as a service's refusal. A passage whose error
 * the message quotes ("Ingen adgang") is spared.
 */
final class DeviceLoginAdjustment implements ScoreAdjustment {
    private final DeviceLogins deviceLogins;
    private final MatcherSettings settings;

    DeviceLoginAdjustment(DeviceLogins deviceLogins, MatcherSettings settings) {
        this.deviceLogins = deviceLogins;
        this.settings = settings;
    }

    @Override
    public void apply(ReadMessage message, Query query, ScoreSheet sheet, ExplainLog log) {
        if (!message.deviceLogin()) {
            return;
        }
        for (ScoreSheet.Entry entry : sheet.entries()) {
            if (deviceLogins.otherLogins().contains(entry.passageId) && !message.namedErrors().contains(entry.passageId)) {
                entry.score = entry.score * settings.deviceLoginFactor;
            }
        }
        if (log.on()) {
            log.add("adjust", String.format("the login that fails is a device's own: %s x%.2f",
                    deviceLogins.otherLogins().stream().filter(id -> !message.namedErrors().contains(id)).toList(),
                    settings.deviceLoginFactor));
        }
    }
}
