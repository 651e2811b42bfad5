package com.akeneokhaos.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.akeneokhaos.launch.CannotStartException;

/**
 * Answers every failed admin API request as {@code {"error": "..."}} with its status: the API's own refusals
 * ({@link AdminApiException}), requests Spring MVC cannot take (400, 405, 415...), a job that cannot start
 * because a setting is wrong or Akeneo cannot be reached (503), and anything else (500, logged).
 */
@RestControllerAdvice(basePackageClasses = AdminErrors.class)
class AdminErrors {

	private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

	@ExceptionHandler(AdminApiException.class)
	ResponseEntity<ApiError> refused(AdminApiException ex) {
		return error(ex.status(), ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "The request body cannot be read.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getName() + " must be a whole number, was '" + ex.getValue() + "'.");
	}

	@ExceptionHandler(CannotStartException.class)
	ResponseEntity<ApiError> cannotStart(CannotStartException ex) {
		log.warn("Admin API: a job cannot start: {}", ex.getMessage());
		return error(HttpStatus.SERVICE_UNAVAILABLE,
				String.join(" ", ex.lines().stream().map(line -> line.replaceFirst("^error: ", "")).toList()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> failed(Exception ex) {
		if (ex instanceof ErrorResponse response) {
			String detail = response.getBody().getDetail();
			return error(response.getStatusCode(), (detail != null) ? detail : response.getStatusCode().toString());
		}
		log.error("Admin API request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "The request failed; the service log says why.");
	}

	private static ResponseEntity<ApiError> error(HttpStatusCode status, String message) {
		return ResponseEntity.status(status).body(new ApiError(message));
	}

	/**
	 * The body of every refused request.
	 *
	 * @param error what went wrong, in one sentence
	 */
	record ApiError(String error) {
	}

}
