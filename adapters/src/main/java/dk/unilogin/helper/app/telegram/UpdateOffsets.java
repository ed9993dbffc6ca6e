package dk.unilogin.helper.app.telegram;

/** The id of the last fully handled Telegram update, kept where a restart (or the next poller) finds it. */
interface UpdateOffsets {
    long lastHandled();

    /** Records {@code updateId} as handled; an id at or below the last one changes nothing. */
    void commit(long updateId);
}
