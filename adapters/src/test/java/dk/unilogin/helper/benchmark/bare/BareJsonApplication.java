package dk.unilogin.helper.benchmark.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick of the load benchmark: a bare Spring Boot web application of the same version
 * with one JSON POST endpoint and nothing else. The benchmark starts it in its own JVM on a
 * class path holding only what {@code spring-boot-starter-webmvc} brings, so auto-configuration
 * sees no security, actuator or database. Kept outside the bot's packages so the bot's
 * component scan never finds it.
 */
@SpringBootApplication
@RestController
public class BareJsonApplication {

    /** The request body: one text, as a chat message. */
    public record Message(String text) {
    }

    /** The answer: the text back and its length. */
    public record Echo(String text, int length) {
    }

    @PostMapping("/echo")
    Echo echo(@RequestBody Message message) {
        return new Echo(message.text(), message.text() == null ? 0 : message.text().length());
    }

    /** The address the benchmark polls to time start-up, as it polls the bot's start page. */
    @GetMapping("/")
    String index() {
        return "ok";
    }

    public static void main(String[] args) {
        SpringApplication.run(BareJsonApplication.class, args);
    }
}
