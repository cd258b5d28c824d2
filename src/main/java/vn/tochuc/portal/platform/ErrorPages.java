package vn.tochuc.portal.platform;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The portal's one error page, for exception handlers that explain a refusal in their own words. */
public final class ErrorPages {

	public static final String VIEW = "error/error";

	/** Statuses with their own title and text in the message files; others use the generic ones. */
	static final Set<Integer> DESCRIBED = Set.of(403, 404, 409, 413, 500);

	private ErrorPages() {
	}

	/**
	 * Fills the model for the error page and returns its view; the handler sets the response status.
	 * The arguments fill the message's placeholders ({0}, {1}…).
	 */
	public static String show(Model model, HttpStatus status, String messageKey, Object... arguments) {
		return show(model, status.value(), messageKey, arguments);
	}

	public static String show(Model model, int status, String messageKey, Object... arguments) {
		String prefix = DESCRIBED.contains(status) ? "error." + status : "error.generic";
		model.addAttribute("status", status);
		model.addAttribute("titleKey", prefix + ".title");
		model.addAttribute("textKey", messageKey != null ? messageKey : prefix + ".text");
		model.addAttribute("textArgs", arguments == null ? new Object[0] : arguments);
		return VIEW;
	}

}
