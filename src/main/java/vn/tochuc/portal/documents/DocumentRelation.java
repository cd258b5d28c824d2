package vn.tochuc.portal.documents;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** "This document amends / replaces / relates to that one." */
@Entity
@Table(name = "document_relation")
public class DocumentRelation {

	@EmbeddedId
	private Key key;

	@MapsId("documentId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "document_id")
	private PartyDocument document;

	@MapsId("relatedId")
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "related_id")
	private PartyDocument related;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RelationKind kind;

	protected DocumentRelation() {
	}

	DocumentRelation(PartyDocument document, PartyDocument related, RelationKind kind) {
		this.key = new Key(document.getId(), related.getId());
		this.document = document;
		this.related = related;
		this.kind = kind;
	}

	public PartyDocument getDocument() {
		return document;
	}

	public PartyDocument getRelated() {
		return related;
	}

	public RelationKind getKind() {
		return kind;
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "document_id")
		private Long documentId;

		@Column(name = "related_id")
		private Long relatedId;

		protected Key() {
		}

		Key(Long documentId, Long relatedId) {
			this.documentId = documentId;
			this.relatedId = relatedId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.documentId.equals(documentId) && key.relatedId.equals(relatedId);
		}

		@Override
		public int hashCode() {
			return documentId.hashCode() * 31 + relatedId.hashCode();
		}

	}

}
