package com.akeneokhaos.console;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.akeneokhaos.admin.Roles;

/**
 * Who may use the console ({@code /console/**}): people log in with a form (the admin's credentials, or the
 * viewer's) and keep a session; the login page and the style sheet are open. Every page may be read by both; every
 * action (start, restart, stop: all POST) needs the admin, and CSRF protection (on by default) makes each one carry
 * the token of a page the console served. Someone not logged in is sent to the login page; a viewer pressing an
 * action gets 403 and the "not allowed" page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurityConfiguration {

	static final String LOGIN = "/console/login";

	static final String DENIED = "/console/denied";

	@Bean
	@Order(0)
	SecurityFilterChain consoleSecurity(HttpSecurity http) {
		return http.securityMatcher("/console", "/console/**")
			.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(LOGIN, "/console/console.css")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/console/**")
				.hasRole(Roles.ADMIN)
				.anyRequest()
				.hasAnyRole(Roles.ADMIN, Roles.VIEWER))
			.formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/console").failureUrl(LOGIN + "?error"))
			.logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?logout"))
			.exceptionHandling(handling -> handling.accessDeniedPage(DENIED))
			.build();
	}

}
