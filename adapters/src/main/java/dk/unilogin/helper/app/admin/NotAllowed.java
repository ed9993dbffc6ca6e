package dk.unilogin.helper.app.admin;

/** A signed-in admin login asked for something its role does not allow: 403. */
class NotAllowed extends RuntimeException {
    NotAllowed(String message) {
        super(message, null, false, false);
    }
}
