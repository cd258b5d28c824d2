package vn.tochuc.portal.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentReference;
import vn.tochuc.portal.documents.DocumentStatus;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.platform.RomanNumerals;

/** The document form as posted. The term may be typed "XII" or "12"; relations one per line. */
public class DocumentForm {

	@NotNull(message = "{documents.rule.typeRequired}")
	private DocumentType type = DocumentType.RESOLUTION;

	@NotNull(message = "{documents.rule.number}")
	private Integer number;

	@Size(max = 40, message = "{documents.rule.symbol}")
	private String symbol;

	@NotNull(message = "{documents.rule.issuerRequired}")
	private DocumentIssuer issuer = DocumentIssuer.POLITBURO;

	@Size(max = 10, message = "{documents.rule.term}")
	private String term;

	private Integer plenum;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveOn;

	@NotBlank(message = "{documents.rule.titleRequired}")
	@Size(max = 500, message = "{documents.rule.titleTooLong}")
	private String title;

	@Size(max = 5000, message = "{documents.rule.summaryTooLong}")
	private String summary;

	@Size(max = 200_000, message = "{documents.rule.bodyTooLong}")
	private String body;

	@NotNull
	private DocumentStatus status = DocumentStatus.IN_FORCE;

	@Size(max = 2000, message = "{documents.rule.relationsTooLong}")
	private String amends;

	@Size(max = 2000, message = "{documents.rule.relationsTooLong}")
	private String replaces;

	@Size(max = 2000, message = "{documents.rule.relationsTooLong}")
	private String relates;

	private List<Long> attachmentIds = new ArrayList<>();

	private long version;

	static DocumentForm of(DocumentDetails details, long version) {
		DocumentForm form = new DocumentForm();
		form.type = details.type();
		form.number = details.number();
		form.symbol = details.symbol();
		form.issuer = details.issuer();
		form.term = details.term() == null ? null : RomanNumerals.format(details.term());
		form.plenum = details.plenum();
		form.issuedOn = details.issuedOn();
		form.effectiveOn = details.effectiveOn();
		form.title = details.title();
		form.summary = details.summary();
		form.body = details.body();
		form.status = details.status();
		form.amends = String.join("\n", details.amends());
		form.replaces = String.join("\n", details.replaces());
		form.relates = String.join("\n", details.relates());
		form.attachmentIds = new ArrayList<>(details.attachmentMediaIds());
		form.version = version;
		return form;
	}

	/** A new record prefilled from how articles name it (from the list of unrecognised mentions). */
	static DocumentForm from(DocumentReference reference) {
		DocumentForm form = new DocumentForm();
		form.type = reference.types().size() == 1 ? reference.types().iterator().next() : DocumentType.REGULATION;
		form.number = reference.number();
		form.symbol = reference.symbol();
		if (reference.issuer() != null) {
			form.issuer = reference.issuer();
		}
		form.plenum = reference.plenum();
		form.term = reference.term() == null ? null : RomanNumerals.format(reference.term());
		return form;
	}

	/** The term as a number, empty when blank; null when typed but not a numeral. */
	OptionalInt termValue() {
		if (term == null || term.isBlank()) {
			return OptionalInt.empty();
		}
		return RomanNumerals.parseEither(term.strip());
	}

	boolean termTypedButInvalid() {
		return term != null && !term.isBlank() && termValue().isEmpty();
	}

	DocumentDetails toDetails(List<Long> uploadedIds) {
		List<Long> files = new ArrayList<>(attachmentIds == null ? List.of() : attachmentIds);
		files.addAll(uploadedIds);
		OptionalInt termNumber = termValue();
		return new DocumentDetails(type, number, symbol, issuer, termNumber.isPresent() ? termNumber.getAsInt() : null,
				plenum, issuedOn, effectiveOn, title == null ? "" : title, summary, body, status, lines(amends),
				lines(replaces), lines(relates), files);
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	public DocumentType getType() {
		return type;
	}

	public void setType(DocumentType type) {
		this.type = type;
	}

	public Integer getNumber() {
		return number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getSymbol() {
		return symbol;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public DocumentIssuer getIssuer() {
		return issuer;
	}

	public void setIssuer(DocumentIssuer issuer) {
		this.issuer = issuer;
	}

	public String getTerm() {
		return term;
	}

	public void setTerm(String term) {
		this.term = term;
	}

	public Integer getPlenum() {
		return plenum;
	}

	public void setPlenum(Integer plenum) {
		this.plenum = plenum;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public DocumentStatus getStatus() {
		return status;
	}

	public void setStatus(DocumentStatus status) {
		this.status = status;
	}

	public String getAmends() {
		return amends;
	}

	public void setAmends(String amends) {
		this.amends = amends;
	}

	public String getReplaces() {
		return replaces;
	}

	public void setReplaces(String replaces) {
		this.replaces = replaces;
	}

	public String getRelates() {
		return relates;
	}

	public void setRelates(String relates) {
		this.relates = relates;
	}

	public List<Long> getAttachmentIds() {
		return attachmentIds;
	}

	public void setAttachmentIds(List<Long> attachmentIds) {
		this.attachmentIds = attachmentIds;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
