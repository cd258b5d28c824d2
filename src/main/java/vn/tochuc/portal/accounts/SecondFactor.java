package vn.tochuc.portal.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user's TOTP authenticator: the encrypted secret, whether the user confirmed it (enabled), and
 * the last step whose code was accepted (a code never works twice).
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

	@Id
	@Column(name = "user_id")
	private Long userId;

	@Column(nullable = false)
	private byte[] secret;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "enabled_at")
	private Instant enabledAt;

	@Column(name = "last_used_step")
	private Long lastUsedStep;

	@Version
	private long version;

	protected SecondFactor() {
	}

	SecondFactor(Long userId, byte[] sealedSecret, Instant createdAt) {
		this.userId = userId;
		this.secret = sealedSecret;
		this.createdAt = createdAt;
	}

	Long getUserId() {
		return userId;
	}

	byte[] getSealedSecret() {
		return secret;
	}

	Instant getEnabledAt() {
		return enabledAt;
	}

	Long getLastUsedStep() {
		return lastUsedStep;
	}

	boolean isEnabled() {
		return enabledAt != null;
	}

	/** A new secret, not yet confirmed: the previous one (if any) stops working. */
	void restart(byte[] sealedSecret, Instant now) {
		this.secret = sealedSecret;
		this.createdAt = now;
		this.enabledAt = null;
		this.lastUsedStep = null;
	}

	void enable(Instant now, long step) {
		this.enabledAt = now;
		this.lastUsedStep = step;
	}

	void used(long step) {
		this.lastUsedStep = step;
	}

}
