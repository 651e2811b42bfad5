package com.akeneokhaos.writeback;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Pattern;

/**
 * Where the jobs write each product's onboarding status back to Akeneo ({@code sync.write-back.*}, editable by
 * operators in {@code jobs/jobs.yml}).
 *
 * @param statusAttribute the simple select attribute holding {@link OnboardingStatus}
 * @param messageAttribute the text area attribute holding the merchandiser sentences of the broken rules
 * @param jobs the jobs that write back: {@code sku-onboarding} always should; {@code catalogue-refresh} and
 * {@code delta-sync} may, to show rejections found by them too
 * @param release what sku-onboarding changes on a product once Khaos holds its item
 */
@Validated
@ConfigurationProperties("sync.write-back")
public record WriteBackProperties(
		@DefaultValue("khaos_status") @Pattern(regexp = CODE, message = STATUS) String statusAttribute,
		@DefaultValue("khaos_message") @Pattern(regexp = CODE, message = MESSAGE) String messageAttribute,
		@DefaultValue("sku-onboarding") Set<@Pattern(regexp = JOBS, message = JOB) String> jobs,
		@DefaultValue Release release) {

	private static final String CODE = "[A-Za-z0-9_]{1,100}";

	private static final String STATUS = "sync.write-back.status-attribute must be an Akeneo attribute code "
			+ "(letters, digits and underscores)";

	private static final String MESSAGE = "sync.write-back.message-attribute must be an Akeneo attribute code "
			+ "(letters, digits and underscores)";

	private static final String JOBS = "sku-onboarding|catalogue-refresh|delta-sync";

	private static final String JOB = "sync.write-back.jobs may list sku-onboarding, catalogue-refresh and delta-sync";

	public WriteBackProperties {
		jobs = Set.copyOf(jobs);
	}

	public boolean enabledFor(String jobName) {
		return jobs.contains(jobName);
	}

	/**
	 * The release action ({@code sync.write-back.release.*}).
	 *
	 * @param enable whether releasing enables the product
	 * @param categories category codes the product is added to (e.g. the one that puts it on a web channel)
	 * @param attributes values set, by attribute code (neither localizable nor scopable): {@code true}/{@code false}
	 * for a yes/no attribute, an option code for a simple select, codes separated by commas for a multi select, the
	 * text or number otherwise
	 */
	public record Release(@DefaultValue("true") boolean enable, @DefaultValue List<String> categories,
			@DefaultValue Map<String, String> attributes) {

		public Release {
			categories = List.copyOf(categories);
			attributes = Map.copyOf(attributes);
		}

	}

}
