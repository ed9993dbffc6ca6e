package dk.unilogin.helper.app.admin;

/** No example question (or no proposal) with that id: 404. */
class NoSuchExample extends RuntimeException {
    NoSuchExample(long id) {
        super("no example question with id " + id, null, false, false);
    }
}
