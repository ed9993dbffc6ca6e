package dk.unilogin.helper.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the bot: the web chat, and Telegram when a token is configured. */
@SpringBootApplication
public class UniloginBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(UniloginBotApplication.class, args);
    }
}
