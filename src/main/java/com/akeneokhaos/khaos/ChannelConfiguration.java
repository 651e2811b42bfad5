package com.akeneokhaos.khaos;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the Khaos Control Cloud channel: its endpoints under {@code khaos.channel.path-prefix}, and the
 * Basic auth filter in front of them. Inert when the application runs without a web server (CLI).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelProperties.class)
class ChannelConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ChannelConfiguration.class);

	private final ChannelProperties properties;

	ChannelConfiguration(ChannelProperties properties) {
		this.properties = properties;
	}

	@Override
	public void configurePathMatch(PathMatchConfigurer configurer) {
		if (!properties.pathPrefix().isEmpty()) {
			configurer.addPathPrefix(properties.pathPrefix(),
					HandlerTypePredicate.forBasePackageClass(ChannelConfiguration.class));
		}
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<BasicAuthFilter> khaosChannelAuthFilter() {
		if (!properties.hasCredentials()) {
			log.warn("khaos.channel.username/password (KHAOS_CHANNEL_USERNAME, KHAOS_CHANNEL_PASSWORD) are not set: "
					+ "every Khaos channel request will be refused");
		}
		FilterRegistrationBean<BasicAuthFilter> registration = new FilterRegistrationBean<>(
				new BasicAuthFilter(properties));
		registration.addUrlPatterns(properties.pathPrefix() + "/*");
		return registration;
	}

	@Bean
	ChannelBodies khaosChannelBodies() {
		return new ChannelBodies();
	}

	@Bean
	StockChanges khaosStockChanges(JsonMapper json) {
		return new StockChanges(json);
	}

}
