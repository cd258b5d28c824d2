package vn.tochuc.portal.congress.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressDetails;
import vn.tochuc.portal.congress.CongressStatus;
import vn.tochuc.portal.congress.RomanNumerals;

/** The congress form as posted; the ordinal may be typed in Roman numerals ("XXIII") or digits ("23"). */
public class CongressForm {

	@NotNull(message = "{congress.committee.required}")
	private Long committeeId;

	@NotNull(message = "{congress.term.required}")
	private Long termId;

	@Size(max = 12, message = "{congress.ordinal.invalid}")
	private String ordinal;

	private boolean pilot;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	@Size(max = 300, message = "{congress.place.tooLong}")
	private String place;

	@NotNull(message = "{congress.status.required}")
	private CongressStatus status = CongressStatus.PLANNED;

	private long version;

	static CongressForm of(Congress congress) {
		CongressForm form = new CongressForm();
		form.committeeId = congress.getCommittee().getId();
		form.termId = congress.getTerm().getId();
		form.ordinal = congress.getOrdinalRoman();
		form.pilot = congress.isPilot();
		form.plannedOn = congress.getPlannedOn();
		form.startedOn = congress.getStartedOn();
		form.endedOn = congress.getEndedOn();
		form.place = congress.getPlace();
		form.status = congress.getStatus();
		form.version = congress.getVersion();
		return form;
	}

	/** The ordinal as a number; null when left empty; {@link IllegalArgumentException} when it is neither. */
	Integer ordinalNumber() {
		if (ordinal == null || ordinal.isBlank()) {
			return null;
		}
		return RomanNumerals.parse(ordinal);
	}

	CongressDetails toDetails(Integer ordinalNumber) {
		return new CongressDetails(committeeId, termId, ordinalNumber, pilot, plannedOn, startedOn, endedOn, place,
				status);
	}

	public Long getCommitteeId() {
		return committeeId;
	}

	public void setCommitteeId(Long committeeId) {
		this.committeeId = committeeId;
	}

	public Long getTermId() {
		return termId;
	}

	public void setTermId(Long termId) {
		this.termId = termId;
	}

	public String getOrdinal() {
		return ordinal;
	}

	public void setOrdinal(String ordinal) {
		this.ordinal = ordinal;
	}

	public boolean isPilot() {
		return pilot;
	}

	public void setPilot(boolean pilot) {
		this.pilot = pilot;
	}

	public LocalDate getPlannedOn() {
		return plannedOn;
	}

	public void setPlannedOn(LocalDate plannedOn) {
		this.plannedOn = plannedOn;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public CongressStatus getStatus() {
		return status;
	}

	public void setStatus(CongressStatus status) {
		this.status = status;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
