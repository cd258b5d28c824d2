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

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(Model model) {
		return ErrorPages.show(model, HttpStatus.PAYLOAD_TOO_LARGE, "media.error.tooLarge");
	}

}
