package dk.unilogin.helper.bot.insights;

/**
 * Receives every completed turn, after redaction. Must be quick and must not throw: a
 * recorder that fails must not cost the user the answer.
 */
public interface TurnRecorder {
    void record(TurnRecord turn);

    TurnRecorder NONE = turn -> { };
}
