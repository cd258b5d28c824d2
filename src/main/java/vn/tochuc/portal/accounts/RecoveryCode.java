package vn.tochuc.portal.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One single-use recovery code, kept only as a bcrypt hash. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "code_hash", nullable = false, length = 100)
	private String codeHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long userId, String codeHash, Instant createdAt) {
		this.userId = userId;
		this.codeHash = codeHash;
		this.createdAt = createdAt;
	}

	String getCodeHash() {
		return codeHash;
	}

	boolean isUsed() {
		return usedAt != null;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
