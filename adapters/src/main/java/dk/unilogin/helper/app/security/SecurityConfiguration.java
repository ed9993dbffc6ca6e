package dk.unilogin.helper.app.security;

import dk.unilogin.helper.app.school.ReloadableSchoolDirectory;
import dk.unilogin.helper.app.web.guard.TrustedProxies;
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
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what. The chat (web API, widget, Telegram webhook) is public; its headers,
 * CORS and rate limits are the web chat's own filters, so Spring Security writes no
 * headers here. {@code /admin/**} and the actuator (but health and Prometheus) need the
 * admin account from configuration, or for the insights pages a school's staff login;
 * without the admin account they are closed to everyone. Nothing
 * creates an HTTP session: Basic credentials come with every request and the admin page's
 * CSRF token lives in a cookie.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    static final String ADMIN = AdminRoles.ADMIN;
    private static final String REALM = "Unilogin-hjaelperen admin";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    // Five guesses, then a quarter of an hour's wait: about 500 guesses a day from one address.
    private static final int MAX_FAILED_LOGINS = 5;
    private static final Duration FAILED_LOGIN_WINDOW = Duration.ofMinutes(15);
    private static final Duration LOGIN_LOCKOUT = Duration.ofMinutes(15);
    private static final Pattern ENCODED = Pattern.compile("\\{[a-z0-9]+}.+");
    private static final RequestMatcher ADMIN_AREA = request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/actuator")
                || path.startsWith("/actuator/");
    };

    /**
     * Spring Security's strict firewall with its default rules; only its character checks on
     * header names, header values and parameter names take a fast path for printable ASCII
     * (same verdicts, see {@link PrintableAsciiFirst}).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(new PrintableAsciiFirst(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
        firewall.setAllowedHeaderValues(new PrintableAsciiFirst(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
        firewall.setAllowedParameterNames(new PrintableAsciiFirst(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES));
        return firewall;
    }

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
    SecurityFilterChain securityFilterChain(HttpSecurity http, AdminProperties admin, TrustedProxies proxies)
            throws Exception {
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
        var entryPoint = new AdminAuthenticationEntryPoint(REALM);
        if (admin.enabled()) {
            var credentials = new StrictBasicCredentials(proxies);
            http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(entryPoint)
                    .withObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
                        @Override
                        public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
                            filter.setAuthenticationConverter(credentials);
                            return filter;
                        }
                    }));
            http.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint));
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        csrfTokens.setCookiePath("/admin");
        return http
                .headers(headers -> headers.disable())
                // Only the admin area has browser forms to protect; chat clients and Telegram post without
                // one. The admin API is exempt only for JSON, which no cross-site form can send.
                // HTTP Basic signs in again on every request, so the usual new token per sign-in would
                // replace the page's token as soon as the page loads its style sheet: keep the cookie's.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        .requireCsrfProtectionMatcher(request -> isUnsafe(request.getMethod()) && ADMIN_AREA.matches(request)
                                && !(request.getRequestURI().startsWith("/admin/api/") && isJson(request.getContentType()))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .build();
    }

    private static boolean isUnsafe(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    /**
     * No observation of each request's way through the filter chains: Spring Security would time
     * both passes of every request, the chat's too, in two timers and two long-task timers (a
     * tenth of a turn's framework cost at saturation), while the server's request timer already
     * times every request that is not a turn. Sign-ins and access decisions are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    FailedLoginLimiter failedLoginLimiter() {
        return new FailedLoginLimiter(MAX_FAILED_LOGINS, FAILED_LOGIN_WINDOW, LOGIN_LOCKOUT, 10_000, Clock.systemUTC());
    }

    @Bean
    LoginAttemptListener loginAttemptListener(FailedLoginLimiter limiter) {
        return new LoginAttemptListener(limiter);
    }

    /**
     * The one way credentials are checked, the admin's and every staff login's alike; an
     * address locked out is refused before the check.
     */
    @Bean
    AuthenticationProvider adminAuthenticationProvider(UserDetailsService accounts, PasswordEncoder encoder,
                                                       FailedLoginLimiter limiter) {
        var credentials = new DaoAuthenticationProvider(accounts);
        credentials.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(credentials, limiter);
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
