package dk.unilogin.helper.bot.conversation;

import dk.unilogin.helper.bot.insights.TurnRecord;
import dk.unilogin.helper.bot.insights.TurnRecorder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every recorded turn, for tests that check what reaches insights. */
public final class RecordingRecorder implements TurnRecorder {
    private final List<TurnRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(TurnRecord turn) {
        records.add(turn);
    }

    public List<TurnRecord> records() {
        return List.copyOf(records);
    }

    public TurnRecord last() {
        return records.get(records.size() - 1);
    }
}
