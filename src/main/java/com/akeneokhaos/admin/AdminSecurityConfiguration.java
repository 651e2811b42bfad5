package com.akeneokhaos.admin;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use what over HTTP. The admin API ({@code /api/**}) and the actuator endpoints need the admin
 * credentials (HTTP Basic, stateless), except health, which load balancers and container engines ask without
 * any; a request without them gets 401, a Basic challenge and a JSON error, as the API's other refusals. Every
 * other path is the Khaos channel, which checks its own credentials (see the {@code khaos} package): Spring
 * Security leaves it alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AdminSecurityConfiguration {

	static final String REALM = "akeneo-khaos-sync admin";

	/** The body of every refused admin request: the same for missing, wrong and unconfigured credentials. */
	static final String UNAUTHORISED = "{\"error\":\"The admin API needs the admin user name and password "
			+ "(HTTP Basic).\"}";

	private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);

	/** The filter chains, only where there is a web server (not in a CLI run). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class FilterChains {

		@Bean
		@Order(1)
		SecurityFilterChain adminApiSecurity(HttpSecurity http, AdminProperties properties) {
			if (!properties.hasCredentials()) {
				log.warn("sync.admin.username/password (SYNC_ADMIN_USERNAME, SYNC_ADMIN_PASSWORD) are not set: "
						+ "the admin API and the actuator endpoints other than health refuse every request");
			}
			return http.securityMatcher("/api/**", "/actuator/**")
				.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
					.permitAll()
					.anyRequest()
					.hasRole(Roles.ADMIN))
				.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorised()))
				.exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorised()))
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain khaosChannelPassThrough(HttpSecurity http) {
			return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.csrf(csrf -> csrf.disable())
				.requestCache(cache -> cache.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.headers(Customizer.withDefaults())
				.build();
		}

		/** 401 with a JSON body, as every other refusal of the admin API, and the Basic challenge. */
		private static AuthenticationEntryPoint unauthorised() {
			return (request, response, exception) -> {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write(UNAUTHORISED);
			};
		}

	}

	/** The admin and, when configured, the console's viewer; nobody when neither is configured. */
	@Bean
	UserDetailsService adminUsers(AdminProperties properties, PasswordEncoder passwordEncoder) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		if (properties.hasCredentials()) {
			users.createUser(user(properties.username(), properties.password(), Roles.ADMIN, passwordEncoder));
		}
		if (properties.hasViewer()) {
			users.createUser(user(properties.viewerUsername(), properties.viewerPassword(), Roles.VIEWER,
					passwordEncoder));
		}
		return users;
	}

	private static UserDetails user(String name, String password, String role, PasswordEncoder passwordEncoder) {
		return User.withUsername(name).password(passwordEncoder.encode(password)).roles(role).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
