package dk.unilogin.helper.app.web.error;

import dk.unilogin.helper.app.web.guard.SecurityHeaders;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat's own error answers become problem details with the security headers. Runs after
 * Spring Boot's customizers, so it replaces the plain error valve Boot installs.
 */
@Configuration(proxyBeanMethods = false)
class TomcatHardening {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(SecurityHeaders headers) {
        return new OrderedCustomizer() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        host.getPipeline().addValve(new ProblemErrorReportValve(headers));
                    }
                });
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        };
    }

    private abstract static class OrderedCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    }
}
