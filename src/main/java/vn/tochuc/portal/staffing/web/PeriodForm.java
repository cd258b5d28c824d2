package vn.tochuc.portal.staffing.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class PeriodForm {

	@NotBlank(message = "{staffing.period.name.required}")
	@Size(max = 120, message = "{staffing.period.name.tooLong}")
	private String name;

	@NotNull(message = "{staffing.period.year.range}")
	@Min(value = 1990, message = "{staffing.period.year.range}")
	@Max(value = 2100, message = "{staffing.period.year.range}")
	private Integer startYear;

	@NotNull(message = "{staffing.period.year.range}")
	@Min(value = 1990, message = "{staffing.period.year.range}")
	@Max(value = 2100, message = "{staffing.period.year.range}")
	private Integer endYear;

	@NotNull(message = "{staffing.rule.target}")
	@DecimalMin(value = "0.01", message = "{staffing.rule.target}")
	@DecimalMax(value = "100", message = "{staffing.rule.target}")
	private BigDecimal targetPercent;

	@Size(max = 300, message = "{staffing.period.basis.tooLong}")
	private String basis;

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

	public BigDecimal getTargetPercent() {
		return targetPercent;
	}

	public void setTargetPercent(BigDecimal targetPercent) {
		this.targetPercent = targetPercent;
	}

	public String getBasis() {
		return basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

}
