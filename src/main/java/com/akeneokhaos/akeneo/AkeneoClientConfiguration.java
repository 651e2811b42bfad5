package com.akeneokhaos.akeneo;

import java.net.http.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires the {@link AkeneoClient} on the JDK {@link HttpClient} with the configured timeouts, starting from
 * Boot's {@link RestClient.Builder} (so observations and converters apply). Creating the bean needs no
 * credentials; they are checked on the first call to Akeneo.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AkeneoProperties.class)
class AkeneoClientConfiguration {

	@Bean
	public AkeneoClient akeneoClient(AkeneoProperties properties, ObjectProvider<RestClient.Builder> builders) {
		RestClient.Builder builder = builders.getIfAvailable(RestClient::builder).clone();
		return new AkeneoClient(properties, builder.requestFactory(requestFactory(properties)));
	}

	static JdkClientHttpRequestFactory requestFactory(AkeneoProperties properties) {
		HttpClient httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(properties.readTimeout());
		return factory;
	}

}
