package com.akeneokhaos.admin;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a request that started, restarted or is stopping an execution: 202, with where to follow it. */
final class Accepted {

	private Accepted() {
	}

	static ResponseEntity<ExecutionView> execution(ExecutionView execution) {
		return ResponseEntity.accepted()
			.location(ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/api/executions/{id}")
				.buildAndExpand(execution.id())
				.toUri())
			.body(execution);
	}

}
