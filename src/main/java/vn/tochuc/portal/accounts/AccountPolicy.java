package vn.tochuc.portal.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of rules an administrator sets for staff accounts. */
@Entity
@Table(name = "account_policy")
public class AccountPolicy {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(name = "second_factor_required_for_editors", nullable = false)
	private boolean secondFactorRequiredForEditors;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected AccountPolicy() {
	}

	/** Whether administrators and editors must use a second factor. */
	public boolean isSecondFactorRequiredForEditors() {
		return secondFactorRequiredForEditors;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	void requireSecondFactorForEditors(boolean required, Instant now) {
		this.secondFactorRequiredForEditors = required;
		this.updatedAt = now;
	}

}
