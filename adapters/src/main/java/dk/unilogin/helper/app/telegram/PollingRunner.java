package dk.unilogin.helper.app.telegram;

/** Receives updates by long polling, from start until close. */
interface PollingRunner extends AutoCloseable {
    void start();

    @Override
    void close();
}
