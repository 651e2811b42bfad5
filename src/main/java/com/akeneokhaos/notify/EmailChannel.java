package com.akeneokhaos.notify;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP through Spring's {@link MailSender} ({@code spring.mail.host} and so on): a plain-text message
 * to every address in {@code sync.notify.email.to}. Switched on without a mail server, the service does not start
 * and says so in one line.
 */
@Component
class EmailChannel implements NotificationChannel {

	private final NotifyProperties.Email email;

	private final MailSender mail;

	EmailChannel(NotifyProperties properties, ObjectProvider<MailSender> mail,
			@Value("${spring.mail.host:}") String host) {
		this.email = properties.email();
		this.mail = mail.getIfAvailable();
		if (email.enabled() && (this.mail == null || host.isBlank())) {
			throw new IllegalStateException("sync.notify.email.enabled is true but no mail server is configured: set "
					+ "spring.mail.host (SPRING_MAIL_HOST), and spring.mail.port, username and password as it needs");
		}
	}

	@Override
	public String name() {
		return "email";
	}

	@Override
	public boolean enabled() {
		return email.enabled();
	}

	@Override
	public void send(Notification notification) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(email.from());
		message.setTo(email.to().toArray(String[]::new));
		message.setSubject("[akeneo-khaos-sync] " + notification.subject());
		message.setText(notification.text());
		mail.send(message);
	}

}
