package vn.tochuc.portal.accounts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Gives every new session the short anonymous timeout, and the staff timeout once a login is
 * stored in it (the moment Spring Security saves the signed-in context). Sessions without a
 * login are counted, oldest first; when there are more than allowed, the oldest is ended. Staff
 * sessions are never counted nor ended here. A servlet listener, so it does not depend on how the
 * filter chain logs people in.
 */
@Component
class SessionTimeouts implements HttpSessionListener, HttpSessionAttributeListener {

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final int anonymousSeconds;

	private final int staffSeconds;

	private final int maxAnonymous;

	/** The sessions without a login, oldest first (Tomcat's session objects compare by identity). */
	private final Map<HttpSession, Boolean> anonymous = new LinkedHashMap<>();

	SessionTimeouts(SessionProperties properties) {
		this.anonymousSeconds = Math.toIntExact(properties.anonymousTimeout().toSeconds());
		this.staffSeconds = Math.toIntExact(properties.staffTimeout().toSeconds());
		this.maxAnonymous = Math.max(1, properties.maxAnonymous());
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		HttpSession session = event.getSession();
		session.setMaxInactiveInterval(anonymousSeconds);
		List<HttpSession> tooMany = new ArrayList<>();
		synchronized (anonymous) {
			anonymous.put(session, Boolean.TRUE);
			Iterator<HttpSession> oldest = anonymous.keySet().iterator();
			while (anonymous.size() > maxAnonymous) {
				tooMany.add(oldest.next());
				oldest.remove();
			}
		}
		for (HttpSession old : tooMany) {
			try {
				old.invalidate();
			}
			catch (IllegalStateException alreadyEnded) {
				// ended meanwhile: nothing to do
			}
		}
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		synchronized (anonymous) {
			anonymous.remove(event.getSession());
		}
	}

	@Override
	public void attributeAdded(HttpSessionBindingEvent event) {
		signedIn(event);
	}

	@Override
	public void attributeReplaced(HttpSessionBindingEvent event) {
		signedIn(event);
	}

	private void signedIn(HttpSessionBindingEvent event) {
		if (!CONTEXT.equals(event.getName())) {
			return;
		}
		HttpSession session = event.getSession();
		// For a replaced attribute the event carries the old value: read the new one.
		if (session.getAttribute(CONTEXT) instanceof SecurityContext context && context.getAuthentication() != null
				&& context.getAuthentication().isAuthenticated() && !trust.isAnonymous(context.getAuthentication())) {
			session.setMaxInactiveInterval(staffSeconds);
			synchronized (anonymous) {
				anonymous.remove(session);
			}
		}
	}

}
