package com.akeneokhaos.khaos;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused channel request with its status and a short plain-text reason. */
@RestControllerAdvice(basePackageClasses = ChannelErrors.class)
class ChannelErrors {

	private static final Logger log = LoggerFactory.getLogger(ChannelErrors.class);

	@ExceptionHandler(ChannelRequestException.class)
	ResponseEntity<String> refused(ChannelRequestException ex) {
		log.warn("Refused a Khaos channel request with {}: {}", ex.status().value(), ex.getMessage());
		return ResponseEntity.status(ex.status()).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

}
