package com.akeneokhaos.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.akeneokhaos.support.StartUpFailures;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(AdminPropertiesOnly.class, AdminSecurityConfiguration.class);

	@Test
	void theAdminAndTheViewerLogInWithTheirOwnRoles() {
		// given
		ApplicationContextRunner configured = runner.withPropertyValues("sync.admin.username=ops",
				"sync.admin.password=ops-secret", "sync.admin.viewer-username=shop",
				"sync.admin.viewer-password=shop-secret");
		// when
		configured.run(context -> {
			UserDetailsService users = context.getBean(UserDetailsService.class);
			// then
			assertThat(roles(users.loadUserByUsername("ops"))).containsExactly("ROLE_" + Roles.ADMIN);
			assertThat(roles(users.loadUserByUsername("shop"))).containsExactly("ROLE_" + Roles.VIEWER);
			assertThat(context.getBean(AdminProperties.class).toString()).doesNotContain("ops-secret", "shop-secret");
		});
	}

	@Test
	void aViewerWithTheAdminsUserNameStopsStartUpWithOneLine() {
		// given
		ApplicationContextRunner clash = runner.withPropertyValues("sync.admin.username=ops",
				"sync.admin.password=ops-secret", "sync.admin.viewer-username=ops",
				"sync.admin.viewer-password=other");
		// when
		clash.run(context -> {
			// then
			assertThat(StartUpFailures.reasons(context)).containsExactly(
					"sync.admin.viewer-username must differ from sync.admin.username (the viewer is another person)");
		});
	}

	private static List<String> roles(UserDetails user) {
		return user.getAuthorities().stream().map(Object::toString).toList();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AdminProperties.class)
	static class AdminPropertiesOnly {

	}

}
