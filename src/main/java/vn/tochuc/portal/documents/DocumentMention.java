package vn.tochuc.portal.documents;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A place where an article or a meeting record names a document, and the record it points to. */
@Entity
@Table(name = "document_mention")
public class DocumentMention {

	public enum Source {
		ARTICLE, MEETING
	}

	/** AUTO: found by the recogniser; CONFIRMED: a staff member chose the record; REJECTED: not a link. */
	public enum State {
		AUTO, CONFIRMED, REJECTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_type", nullable = false, length = 20)
	private Source sourceType;

	@Column(name = "source_id", nullable = false)
	private Long sourceId;

	@Column(name = "mention_key", nullable = false, length = 120)
	private String mentionKey;

	@Column(nullable = false, length = 300)
	private String label;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "document_id")
	private PartyDocument document;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private State state = State.AUTO;

	@Column(nullable = false)
	private int candidates;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected DocumentMention() {
	}

	DocumentMention(Source sourceType, Long sourceId, String mentionKey, String label, Instant now) {
		this.sourceType = sourceType;
		this.sourceId = sourceId;
		this.mentionKey = mentionKey;
		this.label = label.length() > 300 ? label.substring(0, 300) : label;
		this.updatedAt = now;
	}

	void resolveAutomatically(PartyDocument document, int candidates, Instant now) {
		this.document = document;
		this.candidates = candidates;
		this.state = State.AUTO;
		this.updatedAt = now;
	}

	void confirm(PartyDocument document, Instant now) {
		this.document = document;
		this.state = State.CONFIRMED;
		this.updatedAt = now;
	}

	void reject(Instant now) {
		this.document = null;
		this.state = State.REJECTED;
		this.updatedAt = now;
	}

	public boolean isLinked() {
		return document != null && state != State.REJECTED;
	}

	public boolean isCorrected() {
		return state != State.AUTO;
	}

	public Long getId() {
		return id;
	}

	public Source getSourceType() {
		return sourceType;
	}

	public Long getSourceId() {
		return sourceId;
	}

	public String getMentionKey() {
		return mentionKey;
	}

	public String getLabel() {
		return label;
	}

	public PartyDocument getDocument() {
		return document;
	}

	public State getState() {
		return state;
	}

	public int getCandidates() {
		return candidates;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
