package com.akeneokhaos.khaos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/** Reads a request body into memory, refusing one longer than the configured limit. */
final class BodyReader {

	private BodyReader() {
	}

	static byte[] read(HttpServletRequest request, long limit) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			throw ChannelRequestException.tooLarge(limit);
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream((declared > 0) ? (int) declared : 8192);
		byte[] buffer = new byte[8192];
		long total = 0;
		try (InputStream in = request.getInputStream()) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				total += n;
				if (total > limit) {
					throw ChannelRequestException.tooLarge(limit);
				}
				body.write(buffer, 0, n);
			}
		}
		if (total == 0) {
			throw ChannelRequestException.badRequest("Request body is empty");
		}
		return body.toByteArray();
	}

}
