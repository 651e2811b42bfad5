package com.akeneokhaos.akeneo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AkeneoClientConfigurationTest {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class))
		.withUserConfiguration(AkeneoClientConfiguration.class);

	@Test
	void startsWithoutAkeneoSettingsAndComplainsOnlyOnFirstUse() {
		contextRunner.run(context -> {
			// given
			AkeneoClient client = context.getBean(AkeneoClient.class);

			// when / then
			assertThat(context).hasNotFailed();
			assertThatIllegalStateException().isThrownBy(() -> client.productsFirstPageUrl(null))
				.withMessageContaining("AKENEO_CLIENT_ID");
		});
	}

	@Test
	void bindsTheAkeneoProperties() {
		contextRunner.withPropertyValues("akeneo.base-url=https://pim.example.com", "akeneo.client-id=id",
				"akeneo.secret=sec", "akeneo.username=user", "akeneo.password=pw", "akeneo.page-size=25")
			.run(context -> {
				// when
				String url = context.getBean(AkeneoClient.class).productsFirstPageUrl(null);

				// then
				assertThat(url).isEqualTo(
						"https://pim.example.com/api/rest/v1/products-uuid?pagination_type=search_after&limit=25");
			});
	}

}
