package com.akeneokhaos.khaos;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints KCC posts to: StockUpload (its stock items, our confirmation and mirror) and
 * StockStatusUpload (levels per site). A body is read and checked in full before anything is stored, and
 * 200 is answered only once the transaction has committed.
 */
@RestController
class ChannelUploads {

	private final ChannelProperties properties;

	private final ChannelBodies bodies;

	private final KhaosMirror mirror;

	ChannelUploads(ChannelProperties properties, ChannelBodies bodies, KhaosMirror mirror) {
		this.properties = properties;
		this.bodies = bodies;
		this.mirror = mirror;
	}

	@PostMapping("/" + EndpointConfig.STOCK_UPLOAD)
	ResponseEntity<Void> stockUpload(HttpServletRequest request) throws IOException {
		mirror.store(StockUploadBody.from(bodies.parse(read(request), request.getContentType())));
		return ResponseEntity.ok().build();
	}

	@PostMapping("/" + EndpointConfig.STOCK_STATUS_UPLOAD)
	ResponseEntity<Void> stockStatusUpload(HttpServletRequest request) throws IOException {
		mirror.store(StockStatusBody.from(bodies.parse(read(request), request.getContentType())));
		return ResponseEntity.ok().build();
	}

	private byte[] read(HttpServletRequest request) throws IOException {
		return BodyReader.read(request, properties.maxBodyBytes().toBytes());
	}

}
