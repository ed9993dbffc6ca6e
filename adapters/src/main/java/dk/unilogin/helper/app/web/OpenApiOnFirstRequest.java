package dk.unilogin.helper.app.web;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;

/**
 * Creates springdoc's beans on the first request for the OpenAPI document
 * ({@code /v3/api-docs}) instead of at start: they and the Jackson 2 and Swagger classes
 * they load (about 1,000) are of no use to a turn, and loading them took a share of the start.
 */
final class OpenApiOnFirstRequest implements BeanFactoryPostProcessor {
    private static final String SPRINGDOC = "org.springdoc.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (isSpringdoc(beanFactory, definition)) {
                definition.setLazyInit(true);
            }
        }
    }

    private static boolean isSpringdoc(ConfigurableListableBeanFactory beanFactory, BeanDefinition definition) {
        String type = definition.getBeanClassName();
        if (type == null && definition.getFactoryBeanName() != null
                && beanFactory.containsBeanDefinition(definition.getFactoryBeanName())) {
            type = beanFactory.getBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
        }
        if (type == null && definition instanceof AbstractBeanDefinition bean && bean.hasBeanClass()) {
            type = bean.getBeanClass().getName();
        }
        return type != null && type.startsWith(SPRINGDOC);
    }
}
