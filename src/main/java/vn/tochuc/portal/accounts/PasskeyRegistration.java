package vn.tochuc.portal.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What follows Spring Security's registration of a new passkey (POST /webauthn/register, which
 * only a session that owes no code reaches, see {@link PasskeyGuard}): the audit log, and when it
 * is the user's first second factor, recovery codes for the page to show once and the factor for
 * this session (the ceremony just used the authenticator), under a new session id.
 */
@Component
class PasskeyRegistration {

	private final SecondFactors factors;

	private final SecondFactorLogin login;

	PasskeyRegistration(SecondFactors factors, SecondFactorLogin login) {
		this.factors = factors;
		this.login = login;
	}

	void registered(CredentialRecord credential) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof PortalUser user)) {
			throw new IllegalStateException("A passkey was registered outside a staff session");
		}
		List<String> recoveryCodes = factors.passkeyAdded(user, credential.getLabel());
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| attributes.getResponse() == null) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		login.complete(request, response, SecondFactorGate.PASSKEY_FACTOR);
		// The answer is JSON for the script, which then opens the account's page: the flash waits for it there.
		FlashMap flash = new FlashMap();
		flash.put("flashMessage", "passkey.flash.added");
		if (!recoveryCodes.isEmpty()) {
			flash.put("recoveryCodes", recoveryCodes);
		}
		flash.setTargetRequestPath(request.getContextPath() + SecondFactorGate.ENROLMENT_PAGE);
		new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
	}

}
