package dk.unilogin.helper.app.directline;

import java.util.List;

/**
 * The activities of each Direct Line conversation, in order, and the open streams waiting
 * for new ones. Listeners are only told that something was appended and read it themselves
 * with {@link #since}, so that the shared implementation ({@link RedisActivityLog}: a capped
 * sorted set per conversation and a pub/sub channel announcing appends) lets a stream open on
 * one instance receive replies to activities posted to another.
 */
public interface ActivityLog {

    /**
     * Appends in order and returns the activities as stored: each with an id and a timestamp
     * never earlier than those before it in the conversation, so the transcript keeps its order.
     */
    List<DirectLineActivity> append(String conversationId, List<DirectLineActivity> activities);

    /** The activities after {@code watermark} (0: from the start) that are still kept. */
    ActivitySet since(String conversationId, long watermark);

    /** Calls {@code listener} after every append to the conversation, until the subscription is closed. */
    Subscription subscribe(String conversationId, Listener listener);

    /** Drops the conversation's activities and tells its listeners that it has ended. */
    void forget(String conversationId);

    interface Listener {
        void appended();

        void ended();
    }

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
