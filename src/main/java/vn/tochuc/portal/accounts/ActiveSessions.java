package vn.tochuc.portal.accounts;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of each staff member. A session keeps the account as it was at login,
 * so disabling an account, changing its role or its password ends that person's other
 * sessions: their next request goes to the login page.
 */
@Component
class ActiveSessions {

	private final SessionRegistry registry;

	ActiveSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Ends every session of the user except the one making this request; inside a transaction,
	 * once it has committed (a change that rolled back ends nobody's session).
	 */
	void endSessionsOf(Long userId) {
		String current = currentSessionId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					expire(userId, current);
				}
			});
		}
		else {
			expire(userId, current);
		}
	}

	private void expire(Long userId, String current) {
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof PortalUser user && user.id().equals(userId)) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					if (!session.getSessionId().equals(current)) {
						session.expireNow();
					}
				}
			}
		}
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
