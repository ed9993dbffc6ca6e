package dk.unilogin.helper.app.admin;

/**
 * Something the admin can reload without a restart (the guide, the school profiles). A
 * reload builds the new set aside and swaps it in atomically, or keeps the old one and
 * reports why; it never throws for a bad file.
 */
public interface ReloadTarget {

    /** Short name used in the URL: "knowledge", "schools". */
    String name();

    ReloadResult reload();

    /** The last reload's result, or the initial load's. */
    ReloadResult last();
}
