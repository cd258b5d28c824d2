package vn.tochuc.portal.news.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.tochuc.portal.news.StaleArticleException;

/** A save from a stale form, wherever it comes from, ends on the page that shows both versions. */
@ControllerAdvice(assignableTypes = { ArticleAdminController.class, RevisionAdminController.class })
class NewsAdminAdvice {

	@ExceptionHandler(StaleArticleException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(StaleArticleException ex, Model model) {
		model.addAttribute("current", ex.getCurrent());
		model.addAttribute("currentContent", ex.getCurrent().editableContent());
		model.addAttribute("submitted", ex.getSubmitted());
		return "news/admin/conflict";
	}

}
