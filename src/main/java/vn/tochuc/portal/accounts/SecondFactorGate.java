package vn.tochuc.portal.accounts;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in session still owes its second factor. Spring Security's multi-factor
 * support asks this for every staff rule (see {@link SecondFactorConfiguration}): a session that
 * owes it gets nothing under /admin and is sent to {@link #CODE_PAGE}, except that a user who must
 * enrol first may reach the enrolment page. A session that proved the factor carries the authority
 * {@link #FACTOR}; it is never asked again, so those requests cost no query.
 */
@Component
public class SecondFactorGate {

	/** The authority a session gets once its code was right (Spring Security's FactorGrantedAuthority). */
	public static final String FACTOR = "FACTOR_TOTP";

	public static final String CODE_PAGE = "/login/code";

	public static final String ENROLMENT_PAGE = "/admin/account/second-factor";

	/** What a session still has to do before it may use the staff pages. */
	public enum Owed {

		/** Nothing: no second factor is needed, or it was given. */
		NOTHING,
		/** A code from the app (or a recovery code) at {@link #CODE_PAGE}. */
		CODE,
		/** The site's rule requires a second factor of this role and the user has none yet. */
		ENROLMENT

	}

	private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

	private final AuthorizationManager<RequestAuthorizationContext> factorRequired = AllRequiredFactorsAuthorizationManager
		.<RequestAuthorizationContext>builder()
		.requireFactor((factor) -> factor.authority(FACTOR))
		.build();

	private final SecondFactors factors;

	SecondFactorGate(SecondFactors factors) {
		this.factors = factors;
	}

	public Owed owed(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user) || hasFactor(authentication)) {
			return Owed.NOTHING;
		}
		if (factors.isEnabled(user.id())) {
			return Owed.CODE;
		}
		return factors.requiredByRule(user.role()) ? Owed.ENROLMENT : Owed.NOTHING;
	}

	public static boolean hasFactor(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((authority) -> FACTOR.equals(authority.getAuthority()));
	}

	/** The extra check of every staff rule: granted, or "factor missing" (which leads to the code page). */
	AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
		Owed owed = owed(authentication.get());
		if (owed == Owed.NOTHING || (owed == Owed.ENROLMENT && isEnrolment(context.getRequest()))) {
			return GRANTED;
		}
		return factorRequired.authorize(authentication, context);
	}

	private static boolean isEnrolment(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(ENROLMENT_PAGE) || path.startsWith(ENROLMENT_PAGE + "/");
	}

}
