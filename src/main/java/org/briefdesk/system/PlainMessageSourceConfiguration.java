package org.briefdesk.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/** Registers {@link PlainMessageSource} under the name the application context looks for. */
@Configuration(proxyBeanMethods = false)
class PlainMessageSourceConfiguration {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource() {
		return new PlainMessageSource();
	}

}
