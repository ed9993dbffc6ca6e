package dk.unilogin.helper.app.telegram;

/**
 * Which webhook deliveries are new. Telegram delivers an update again when our answer got lost
 * (a timeout, a restart), and behind a load balancer possibly to another instance; each update
 * is handled once.
 */
interface WebhookDeliveries {
    /** True the first time {@code updateId} is delivered, false for every delivery after it. */
    boolean firstDelivery(int updateId);
}
