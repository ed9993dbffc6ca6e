package dk.unilogin.helper.app.admin;

/** A reload was asked for something that cannot be reloaded. */
final class UnknownReloadTarget extends RuntimeException {
    UnknownReloadTarget(String name) {
        super("nothing called '" + name + "' can be reloaded");
    }
}
