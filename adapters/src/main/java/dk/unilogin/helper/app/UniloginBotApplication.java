package dk.unilogin.helper.app;

import dk.unilogin.helper.app.cli.CommandLine;
import dk.unilogin.helper.app.start.GeneratedBeanDefinitions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the bot: the web chat, and Telegram when a token is configured. The command-line
 * modes {@code eval FILE.jsonl [--out report.json]} and {@code chat} run the same bot
 * without a web server.
 */
@SpringBootApplication
public class UniloginBotApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication application = new SpringApplication(UniloginBotApplication.class);
        application.addListeners(new GeneratedBeanDefinitions());
        application.run(args);
    }
}
