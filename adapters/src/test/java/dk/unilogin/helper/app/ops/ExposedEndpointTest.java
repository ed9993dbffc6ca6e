package dk.unilogin.helper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.beans.BeansEndpoint;
import org.springframework.boot.actuate.web.mappings.MappingsEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** An operator who exposes an endpoint the server leaves out by default gets it. */
@SpringBootTest(properties = "management.endpoints.web.exposure.include=health,info,prometheus,mappings")
class ExposedEndpointTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anEndpointExposedInTheConfigurationIsThereAndOneNotExposedIsNot() {
        assertThat(context.getBeanNamesForType(MappingsEndpoint.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(BeansEndpoint.class)).isEmpty();
    }
}
