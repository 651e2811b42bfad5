package com.akeneokhaos.support;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Puts a {@link KillSwitch} into an application without touching its code: around
 * {@code SpringApplication.run}, it wraps the DataSource in a {@link PausingDataSource}, registers a
 * {@link StepTracker} on every Spring Batch job and step, and tells the switch when the command line's
 * command starts (once the application is up). Use {@code SpringApplication.withHook(hook, ...)}.
 */
public final class KillPointHook implements SpringApplicationHook {

	private final KillSwitch killSwitch;

	public KillPointHook(KillSwitch killSwitch) {
		this.killSwitch = killSwitch;
	}

	@Override
	public SpringApplicationRunListener getRunListener(SpringApplication application) {
		return new SpringApplicationRunListener() {

			@Override
			public void contextPrepared(ConfigurableApplicationContext context) {
				context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

					@Override
					public Object postProcessAfterInitialization(Object bean, String beanName) {
						if (bean instanceof DataSource dataSource) {
							return PausingDataSource.wrap(dataSource, killSwitch);
						}
						return StepTracker.track(bean, killSwitch);
					}

				});
			}

			@Override
			public void started(ConfigurableApplicationContext context, Duration timeTaken) {
				List<String> words = context.getBean(ApplicationArguments.class).getNonOptionArgs();
				if (!words.isEmpty()) {
					killSwitch.commandStarted(words.get(0));
				}
			}

		};
	}

}
