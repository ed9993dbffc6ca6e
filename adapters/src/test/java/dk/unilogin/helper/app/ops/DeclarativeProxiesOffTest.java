package dk.unilogin.helper.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * The server starts without Spring's transaction and AOP auto-configuration (application.yml),
 * so an annotation that needs a proxy would silently do nothing. This fails first, naming the
 * class, so that whoever adds one also takes those two out of {@code spring.autoconfigure.exclude}.
 */
class DeclarativeProxiesOffTest {
    private static final List<String> NEEDS_A_PROXY = List.of(
            "org.springframework.transaction.annotation.Transactional",
            "jakarta.transaction.Transactional",
            "org.springframework.scheduling.annotation.Async",
            "org.springframework.cache.annotation.Cacheable",
            "org.springframework.cache.annotation.CachePut",
            "org.springframework.cache.annotation.CacheEvict",
            "org.springframework.retry.annotation.Retryable",
            "org.aspectj.lang.annotation.Aspect");

    @Test
    void noClassOfTheServerUsesAnAnnotationThatNeedsAProxy() throws IOException {
        Resource[] classes = new PathMatchingResourcePatternResolver().getResources("classpath*:dk/unilogin/helper/**/*.class");
        assertThat(classes).hasSizeGreaterThan(100);
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        List<String> found = new ArrayList<>();
        for (Resource type : classes) {
            AnnotationMetadata metadata = readers.getMetadataReader(type).getAnnotationMetadata();
            for (String annotation : NEEDS_A_PROXY) {
                if (metadata.hasAnnotation(annotation) || metadata.hasAnnotatedMethods(annotation)) {
                    found.add(metadata.getClassName() + " uses @" + annotation);
                }
            }
        }
        assertThat(found).as("transactions and AOP are off in application.yml (spring.autoconfigure.exclude)").isEmpty();
    }
}
