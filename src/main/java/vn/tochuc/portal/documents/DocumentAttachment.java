package vn.tochuc.portal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.tochuc.portal.media.MediaItem;

/** A file (usually the PDF of the signed text) from the media library, attached to a document. */
@Entity
@Table(name = "document_attachment")
public class DocumentAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private PartyDocument document;

	@ManyToOne(optional = false)
	@JoinColumn(name = "media_id")
	private MediaItem media;

	@Column(nullable = false)
	private int position;

	@Column(length = 200)
	private String label;

	protected DocumentAttachment() {
	}

	DocumentAttachment(PartyDocument document, MediaItem media, int position) {
		this.document = document;
		this.media = media;
		this.position = position;
		this.label = media.getOriginalName();
	}

	public Long getId() {
		return id;
	}

	public MediaItem getMedia() {
		return media;
	}

	public int getPosition() {
		return position;
	}

	public String getLabel() {
		return label;
	}

}
