package vn.tochuc.portal.site.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.tochuc.portal.platform.ErrorPages;
import vn.tochuc.portal.platform.UploadTooLargeException;

/** Conflicts and oversized uploads end on the portal's own pages, never a stack trace. */
@ControllerAdvice
class ErrorAdvice {

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentEdit(Model model) {
		return ErrorPages.show(model, HttpStatus.CONFLICT, "error.409.concurrent");
	}

	/** A reference to a record that is gone, or a duplicate: refused, nothing half-saved. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String integrity(Model model) {
		return ErrorPages.show(model, HttpStatus.CONFLICT, "error.409.integrity");
	}

	/**
	 * A request over the container's multipart limit, when it reaches Spring MVC (a request that
	 * fails earlier is answered by {@link OversizedUploadFilter}): the generic 413 text.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String tooLarge(Model model) {
		return ErrorPages.show(model, HttpStatus.CONTENT_TOO_LARGE, null);
	}

	/** A file over its feature's own limit (media, imports), from any form: 413, the limit named, nothing stored. */
	@ExceptionHandler(UploadTooLargeException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String overTheLimit(UploadTooLargeException ex, Model model) {
		return ErrorPages.show(model, HttpStatus.CONTENT_TOO_LARGE, UploadTooLargeException.MESSAGE_KEY, ex.limitText());
	}

}
