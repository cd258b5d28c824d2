package vn.tochuc.portal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tochuc.portal.platform.RomanNumerals;

/** A Party document or resolution as a record: what it is, who issued it, when, and its standing. */
@Entity
@Table(name = "party_document")
public class PartyDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DocumentType type;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false, length = 40)
	private String symbol = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private DocumentIssuer issuer;

	private Integer term;

	private Integer plenum;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	@Column(nullable = false, length = 500)
	private String title;

	private String summary;

	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DocumentStatus status = DocumentStatus.IN_FORCE;

	@OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DocumentAttachment> attachments = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Version
	private long version;

	protected PartyDocument() {
	}

	PartyDocument(String slug, Instant now) {
		this.slug = slug;
		this.createdAt = now;
	}

	void apply(DocumentDetails details, String sanitizedBody, Instant now) {
		this.type = details.type();
		this.number = details.number();
		this.symbol = details.symbol();
		this.issuer = details.issuer();
		this.term = details.term();
		this.plenum = details.plenum();
		this.issuedOn = details.issuedOn();
		this.effectiveOn = details.effectiveOn();
		this.title = details.title().strip();
		this.summary = blankToNull(details.summary());
		this.body = blankToNull(sanitizedBody);
		this.status = details.status();
		this.updatedAt = now;
	}

	void changeStatus(DocumentStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	void moveToTrash(Instant now) {
		this.deletedAt = now;
		this.updatedAt = now;
	}

	void restore(Instant now) {
		this.deletedAt = null;
		this.updatedAt = now;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * "18-NQ/TW", "05-CT/TW" (Party documents write numbers with at least two digits),
	 * "178/2024/NĐ-CP" when the symbol starts with a year, "40" when there is no symbol.
	 */
	public String getCode() {
		String written = String.format("%02d", number);
		if (symbol == null || symbol.isEmpty()) {
			return written;
		}
		return written + (Character.isDigit(symbol.charAt(0)) ? "/" : "-") + symbol;
	}

	/** "Nghị quyết số 18-NQ/TW": how Vietnamese prose names it. */
	public String getName() {
		return (type == DocumentType.OTHER ? "Văn bản" : type.word()) + " số " + getCode();
	}

	/** "XII", or null. */
	public String getTermRoman() {
		return term == null ? null : RomanNumerals.format(term);
	}

	public String getPath() {
		return "/van-ban/" + slug;
	}

	public boolean isInTrash() {
		return deletedAt != null;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public DocumentType getType() {
		return type;
	}

	public int getNumber() {
		return number;
	}

	public String getSymbol() {
		return symbol;
	}

	public DocumentIssuer getIssuer() {
		return issuer;
	}

	public Integer getTerm() {
		return term;
	}

	public Integer getPlenum() {
		return plenum;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public DocumentStatus getStatus() {
		return status;
	}

	public List<DocumentAttachment> getAttachments() {
		return attachments;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getDeletedAt() {
		return deletedAt;
	}

	public long getVersion() {
		return version;
	}

}
