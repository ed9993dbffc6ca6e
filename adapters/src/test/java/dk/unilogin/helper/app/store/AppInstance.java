package dk.unilogin.helper.app.store;

import dk.unilogin.helper.app.UniloginBotApplication;
import dk.unilogin.helper.app.web.HttpTestClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One running instance of the whole application on its own loopback port, as a deploy would run it. */
public final class AppInstance implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final int port;
    private final HttpTestClient client;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        this.client = new HttpTestClient(port);
    }

    /** Starts an instance sharing {@code redis}; {@code extra} are more properties as "key=value". */
    public static AppInstance start(RedisServer redis, String... extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
                "bot.web.rate-limit.burst=1000000", "bot.web.rate-limit.requests-per-second=1000000",
                "bot.web.rate-limit.conversations.burst=1000000", "bot.web.rate-limit.conversations.per-day=100000000",
                "bot.web.rate-limit.turns.burst=1000000", "bot.web.rate-limit.turns.per-minute=100000000",
                "spring.main.banner-mode=off"));
        all.addAll(redis.applicationProperties());
        all.addAll(List.of(extra));
        for (String property : all) { // a later value of a key replaces an earlier one
            int eq = property.indexOf('=');
            properties.put(property.substring(0, eq), property.substring(eq + 1));
        }
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new AppInstance(new SpringApplicationBuilder(UniloginBotApplication.class).run(args));
    }

    public int port() {
        return port;
    }

    public HttpTestClient client() {
        return client;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Stops as a deploy does: requests in flight finish first (graceful shutdown). */
    @Override
    public void close() {
        context.close();
    }
}
