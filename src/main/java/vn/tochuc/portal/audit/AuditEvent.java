package vn.tochuc.portal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit log. Written once, never changed: the entity has no setters and
 * Hibernate ignores any change to it. The actor is copied (id and username), not joined, so the
 * log lists without extra queries and keeps its meaning after an account changes.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	static final int MAX_USERNAME = 60;

	static final int MAX_ACTION = 60;

	static final int MAX_TARGET_TYPE = 40;

	static final int MAX_TARGET_ID = 64;

	static final int MAX_SUMMARY = 500;

	static final int MAX_ADDRESS = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "actor_id", updatable = false)
	private Long actorId;

	@Column(name = "actor_username", length = MAX_USERNAME, updatable = false)
	private String actorUsername;

	@Column(nullable = false, length = MAX_ACTION, updatable = false)
	private String action;

	@Column(name = "target_type", length = MAX_TARGET_TYPE, updatable = false)
	private String targetType;

	@Column(name = "target_id", length = MAX_TARGET_ID, updatable = false)
	private String targetId;

	@Column(length = MAX_SUMMARY, updatable = false)
	private String summary;

	@Column(name = "remote_address", length = MAX_ADDRESS, updatable = false)
	private String remoteAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, Long actorId, String actorUsername, String action, String targetType,
			Object targetId, String summary, String remoteAddress) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorUsername = cut(actorUsername, MAX_USERNAME);
		this.action = cut(action, MAX_ACTION);
		this.targetType = cut(targetType, MAX_TARGET_TYPE);
		this.targetId = targetId == null ? null : cut(String.valueOf(targetId), MAX_TARGET_ID);
		this.summary = cut(summary, MAX_SUMMARY);
		this.remoteAddress = cut(remoteAddress, MAX_ADDRESS);
	}

	/** Cut at a character boundary, so that a long Vietnamese summary still fits its column. */
	static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorUsername() {
		return actorUsername;
	}

	public String getAction() {
		return action;
	}

	public String getTargetType() {
		return targetType;
	}

	public String getTargetId() {
		return targetId;
	}

	public String getSummary() {
		return summary;
	}

	public String getRemoteAddress() {
		return remoteAddress;
	}

}
