package dk.unilogin.helper.app.security;

import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may see what. The chat (web API, widget, Telegram webhook) is public; its headers,
 * CORS and rate limits are the web chat's own filters, so Spring Security writes no
 * headers here. {@code /admin/**} and the actuator (but health and Prometheus) need the
 * admin account from configuration, or for the insights pages a school's staff login;
 * without the admin account they are closed to everyone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    static final String ADMIN = AdminRoles.ADMIN;
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    // Five guesses, then a quarter of an hour's wait: about 500 guesses a day from one address.
    private static final int MAX_FAILED_LOGINS = 5;
    private static final Duration FAILED_LOGIN_WINDOW = Duration.ofMinutes(15);
    private static final Duration LOGIN_LOCKOUT = Duration.ofMinutes(15);
    private static final Pattern ENCODED = Pattern.compile("\\{[a-z0-9]+}.+");

    /**
     * The chat API and Direct Line authenticate with their own conversation tokens and set
     * their own headers, so Spring Security has nothing to do there: an empty chain, first in
     * order, keeps its dozen filters off the busiest paths.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain chatApiFilterChain() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new DefaultSecurityFilterChain(new OrRequestMatcher(paths.matcher("/api/**"),
                paths.matcher("/v3/directline/**")));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AdminProperties admin) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll();
            if (admin.enabled()) {
                // Reloads and the actuator are the global admin's; the rest of /admin also lets a
                // school's staff in, and the pages narrow what they see to their own school.
                requests.requestMatchers("/admin/reload/**", "/admin/api/reload/**", "/admin/api/reloads",
                        "/actuator", "/actuator/**").hasRole(ADMIN);
                requests.requestMatchers("/admin", "/admin/**").hasAnyRole(ADMIN, AdminRoles.STAFF);
            } else {
                requests.requestMatchers("/admin", "/admin/**", "/actuator", "/actuator/**").denyAll();
            }
            requests.anyRequest().permitAll();
        });
        if (admin.enabled()) {
            http.httpBasic(basic -> basic.realmName("Unilogin-hjaelperen admin"));
            http.addFilterBefore(new AdminLoginThrottleFilter(new FailedLoginLimiter(MAX_FAILED_LOGINS,
                    FAILED_LOGIN_WINDOW, LOGIN_LOCKOUT, 10_000, Clock.systemUTC())), BasicAuthenticationFilter.class);
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        return http
                .headers(headers -> headers.disable())
                // Chat clients and Telegram post without a browser session. The admin page keeps CSRF;
                // the admin API is exempt only for JSON, which no cross-site form can send.
                // HTTP Basic signs in again on every request, so the usual new token per login would
                // replace the page's token as soon as the page loads its style sheet: keep one per session.
                .csrf(csrf -> csrf.sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        .ignoringRequestMatchers("/telegram/**").ignoringRequestMatchers(
                        request -> request.getRequestURI().startsWith("/admin/api/") && isJson(request.getContentType())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .build();
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService adminAccount(AdminProperties admin, PasswordEncoder encoder,
            ObjectProvider<ReloadableSchoolDirectory> schools) {
        if (!admin.enabled()) {
            log.info("Admin area off: set bot.admin.username and bot.admin.password to enable it"
                    + " (school staff logins need it on too)");
            return new AdminAccounts(null, null);
        }
        String password = ENCODED.matcher(admin.password()).matches() ? admin.password() : encoder.encode(admin.password());
        if (!ENCODED.matcher(admin.password()).matches() && admin.password().length() < 12) {
            log.warn("The admin password is shorter than 12 characters");
        }
        log.info("Admin area on for user '{}'", admin.username());
        return new AdminAccounts(User.withUsername(admin.username()).password(password).roles(ADMIN).build(),
                schools.getIfAvailable());
    }
}
