package com.akeneokhaos.khaos;

import org.springframework.http.HttpStatus;

/** A channel request refused before anything was stored: the status to answer and a short reason. */
final class ChannelRequestException extends RuntimeException {

	private final HttpStatus status;

	private ChannelRequestException(HttpStatus status, String reason) {
		super(reason);
		this.status = status;
	}

	static ChannelRequestException badRequest(String reason) {
		return new ChannelRequestException(HttpStatus.BAD_REQUEST, reason);
	}

	static ChannelRequestException unsupportedType(String contentType) {
		return new ChannelRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Content-Type " + contentType + " is not supported: send application/json or application/xml");
	}

	static ChannelRequestException tooLarge(long limit) {
		return new ChannelRequestException(HttpStatus.CONTENT_TOO_LARGE,
				"Request body is larger than " + limit + " bytes");
	}

	HttpStatus status() {
		return status;
	}

}
