package dk.unilogin.helper.bot.state;

import java.util.function.Supplier;

/**
 * Lets one turn of a conversation run at a time. The default, {@link ConversationLocks}, does
 * so within one process; a store shared by several processes brings a lock that holds across them.
 */
public interface TurnLock {
    <T> T withLock(String conversationKey, Supplier<T> turn);
}
