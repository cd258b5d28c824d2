package vn.tochuc.portal.meetings;

/** The meeting was saved by someone else after the form was loaded; nothing was written. */
public class StaleMeetingException extends RuntimeException {

	StaleMeetingException(Long id) {
		super("Meeting " + id + " changed since the form was loaded");
	}

}
