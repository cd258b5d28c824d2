package vn.tochuc.portal.accounts;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.platform.StaffAction;

/**
 * The rules an administrator sets for all staff accounts: for now, whether administrators and
 * editors must use a second factor. Turning it on takes effect at the next request of every
 * session: an administrator or editor without a second factor can then only enrol one.
 */
@Service
public class AccountPolicies {

	private final AccountPolicyRepository policies;

	private final SecondFactorRepository factors;

	private final UserAccountRepository users;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	AccountPolicies(AccountPolicyRepository policies, SecondFactorRepository factors, UserAccountRepository users,
			ApplicationEventPublisher events, java.time.Clock clock) {
		this.policies = policies;
		this.factors = factors;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AccountPolicy current() {
		return policies.findById(AccountPolicy.ID).orElseThrow();
	}

	/** The enabled administrators and editors who have no second factor yet: the rule will send them to enrol. */
	@Transactional(readOnly = true)
	public List<UserAccount> editorsWithoutSecondFactor() {
		return users.findAllByOrderByDisplayNameAsc().stream()
			.filter((account) -> account.isEnabled() && (account.getRole() == Role.ADMIN || account.getRole() == Role.EDITOR))
			.filter((account) -> !factors.isEnabledFor(account.getId()))
			.toList();
	}

	/**
	 * Turns the rule on or off, from the version the form was loaded with. An administrator who
	 * has no second factor cannot turn it on ({@code secondFactor.rule.enrolFirst}): they would
	 * lock themselves out of everything but the enrolment page.
	 */
	@Transactional
	public AccountPolicy requireSecondFactorForEditors(boolean required, long formVersion, PortalUser actor) {
		AccountPolicy policy = current();
		if (policy.getVersion() != formVersion) {
			throw new ObjectOptimisticLockingFailureException(AccountPolicy.class, AccountPolicy.ID);
		}
		if (required && !factors.isEnabledFor(actor.id())) {
			throw new AccountRuleException("secondFactor.rule.enrolFirst");
		}
		if (policy.isSecondFactorRequiredForEditors() == required) {
			return policy;
		}
		policy.requireSecondFactorForEditors(required, clock.instant());
		policies.saveAndFlush(policy);
		events.publishEvent(new StaffAction(required ? "account-policy.second-factor-on" : "account-policy.second-factor-off",
				"account-policy", AccountPolicy.ID, required ? "on" : "off"));
		return policy;
	}

}
