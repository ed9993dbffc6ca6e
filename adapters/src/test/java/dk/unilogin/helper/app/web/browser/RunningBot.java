package dk.unilogin.helper.app.web.browser;

import dk.unilogin.helper.app.UniloginBotApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started on a free loopback port with an insights database in a
 * file, so that a test can stop it and start it again on the same data: a restart.
 */
final class RunningBot implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private RunningBot(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningBot start(Path database, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "--bot.web.rate-limit.burst=10000",
                "--bot.web.rate-limit.requests-per-second=10000"));
        args.addAll(List.of(settings));
        return new RunningBot(new SpringApplicationBuilder(UniloginBotApplication.class).run(args.toArray(String[]::new)));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
