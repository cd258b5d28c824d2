package vn.tochuc.portal.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reader's message to the department. Only staff ever see it. */
@Entity
@Table(name = "reader_feedback")
public class FeedbackMessage {

	public static final int MAX_NAME = 100;

	public static final int MAX_EMAIL = 254;

	public static final int MAX_PHONE = 30;

	public static final int MAX_SUBJECT = 200;

	public static final int MAX_BODY = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String email;

	private String phone;

	private String subject;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "read_by")
	private Long readBy;

	@Version
	private long version;

	protected FeedbackMessage() {
	}

	FeedbackMessage(String name, String email, String phone, String subject, String body, Instant createdAt) {
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.subject = subject;
		this.body = body;
		this.createdAt = createdAt;
	}

	void markRead(Long by, Instant at) {
		this.readAt = at;
		this.readBy = by;
	}

	void markUnread() {
		this.readAt = null;
		this.readBy = null;
	}

	public boolean isRead() {
		return readAt != null;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public Long getReadBy() {
		return readBy;
	}

	public long getVersion() {
		return version;
	}

}
