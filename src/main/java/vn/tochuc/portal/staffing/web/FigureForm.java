package vn.tochuc.portal.staffing.web;

import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.tochuc.portal.staffing.FigureValues;
import vn.tochuc.portal.staffing.StaffingFigure;

/** The figures of one unit for one period as the form holds them; cuts by year, empty meaning none. */
public class FigureForm {

	@NotNull(message = "{staffing.number.required}")
	@Min(value = 0, message = "{staffing.number.negative}")
	private Integer officials = 0;

	@NotNull(message = "{staffing.number.required}")
	@Min(value = 0, message = "{staffing.number.negative}")
	private Integer publicEmployees = 0;

	@NotNull(message = "{staffing.number.required}")
	@Min(value = 0, message = "{staffing.number.negative}")
	private Integer otherPosts = 0;

	@NotNull(message = "{staffing.number.required}")
	@Min(value = 0, message = "{staffing.number.negative}")
	private Integer employed = 0;

	private Map<Integer, Integer> cuts = new TreeMap<>();

	/** The version the form was loaded with; empty when the figures are new. */
	private Long version;

	static FigureForm of(StaffingFigure figure) {
		FigureForm form = new FigureForm();
		form.officials = figure.getOfficials();
		form.publicEmployees = figure.getPublicEmployees();
		form.otherPosts = figure.getOtherPosts();
		form.employed = figure.getEmployed();
		form.cuts = new TreeMap<>(figure.getCuts());
		form.version = figure.getVersion();
		return form;
	}

	FigureValues toValues() {
		Map<Integer, Integer> byYear = new TreeMap<>();
		cuts.forEach((year, posts) -> byYear.put(year, posts == null ? 0 : posts));
		return FigureValues.of(officials, publicEmployees, otherPosts, employed, byYear);
	}

	public Integer getOfficials() {
		return officials;
	}

	public void setOfficials(Integer officials) {
		this.officials = officials;
	}

	public Integer getPublicEmployees() {
		return publicEmployees;
	}

	public void setPublicEmployees(Integer publicEmployees) {
		this.publicEmployees = publicEmployees;
	}

	public Integer getOtherPosts() {
		return otherPosts;
	}

	public void setOtherPosts(Integer otherPosts) {
		this.otherPosts = otherPosts;
	}

	public Integer getEmployed() {
		return employed;
	}

	public void setEmployed(Integer employed) {
		this.employed = employed;
	}

	public Map<Integer, Integer> getCuts() {
		return cuts;
	}

	public void setCuts(Map<Integer, Integer> cuts) {
		this.cuts = cuts;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
