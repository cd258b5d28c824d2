package vn.tochuc.portal.congress.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.congress.CongressTerm;

/** The term form as posted. */
public class TermForm {

	@NotBlank(message = "{congress.term.name.required}")
	@Size(max = 120, message = "{congress.term.name.tooLong}")
	private String name;

	@NotNull(message = "{congress.term.year.required}")
	@Min(value = 1930, message = "{congress.term.year.range}")
	@Max(value = 2100, message = "{congress.term.year.range}")
	private Integer startYear;

	@NotNull(message = "{congress.term.year.required}")
	@Min(value = 1930, message = "{congress.term.year.range}")
	@Max(value = 2100, message = "{congress.term.year.range}")
	private Integer endYear;

	private long version;

	static TermForm of(CongressTerm term) {
		TermForm form = new TermForm();
		form.name = term.getName();
		form.startYear = term.getStartYear();
		form.endYear = term.getEndYear();
		form.version = term.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getStartYear() {
		return startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
