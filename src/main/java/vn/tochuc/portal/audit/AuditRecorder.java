package vn.tochuc.portal.audit;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.tochuc.portal.accounts.CurrentUser;
import vn.tochuc.portal.accounts.LoginAttempt;
import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.platform.StaffAction;

/**
 * Writes the audit log. The listeners are plain synchronous ones: they run in the publisher's
 * transaction, so an action and its line in the log are committed or rolled back together (an
 * after-commit or asynchronous listener could lose the line, or keep one for an action that
 * never happened).
 */
@Component
class AuditRecorder {

	static final String LOGIN_SUCCESS = "login.success";

	static final String LOGIN_FAILURE = "login.failure";

	static final String LOGIN_THROTTLED = "login.throttled";

	private final AuditEventRepository events;

	private final Clock clock;

	AuditRecorder(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** A staff action: the actor is whoever is signed in (nobody for start-up tasks). */
	@EventListener
	void on(StaffAction action) {
		PortalUser actor = CurrentUser.get().orElse(null);
		events.save(new AuditEvent(clock.instant(), actor == null ? null : actor.id(),
				actor == null ? null : actor.username(), action.action(), action.targetType(), action.targetId(),
				action.summary(), currentRemoteAddress()));
	}

	/** A login attempt: after a failure the "actor" is only what was typed as the username. */
	@EventListener
	void on(LoginAttempt attempt) {
		String action = switch (attempt.outcome()) {
			case SUCCEEDED -> LOGIN_SUCCESS;
			case FAILED -> LOGIN_FAILURE;
			case THROTTLED -> LOGIN_THROTTLED;
		};
		String address = attempt.remoteAddress() != null ? attempt.remoteAddress() : currentRemoteAddress();
		events.save(new AuditEvent(clock.instant(), attempt.userId(), asTyped(attempt.username()), action,
				attempt.userId() == null ? null : "user", attempt.userId(), null, address));
	}

	/**
	 * What was typed as the user name, as far as it can be stored: control characters (a NUL
	 * byte is refused by PostgreSQL) become U+FFFD and it is cut to the column's 60 characters.
	 * Otherwise a scanner's login attempt would end in a 500 instead of "wrong password".
	 */
	static String asTyped(String username) {
		if (username == null) {
			return null;
		}
		String printable = username.replaceAll("\\p{Cntrl}", "\uFFFD");
		return printable.length() <= 60 ? printable : printable.substring(0, 59) + "\u2026";
	}

	private static String currentRemoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return request.getRequest().getRemoteAddr();
		}
		return null;
	}

}
