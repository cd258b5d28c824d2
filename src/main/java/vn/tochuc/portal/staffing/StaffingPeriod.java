package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.IntStream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A giai đoạn (e.g. 2022–2026) with its reduction target in percent of the posts assigned at its start. */
@Entity
@Table(name = "staffing_period")
public class StaffingPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(name = "start_year", nullable = false)
	private int startYear;

	@Column(name = "end_year", nullable = false)
	private int endYear;

	@Column(name = "target_percent", nullable = false, precision = 5, scale = 2)
	private BigDecimal targetPercent;

	@Column(length = 300)
	private String basis;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected StaffingPeriod() {
	}

	StaffingPeriod(String name, int startYear, int endYear, BigDecimal targetPercent, String basis) {
		this.name = name;
		this.startYear = startYear;
		this.endYear = endYear;
		this.targetPercent = targetPercent;
		this.basis = basis;
	}

	public boolean contains(int year) {
		return year >= startYear && year <= endYear;
	}

	public int[] years() {
		return IntStream.rangeClosed(startYear, endYear).toArray();
	}

	/** The code used in addresses and spreadsheets: "2015-2021". */
	public String getCode() {
		return startYear + "-" + endYear;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public int getStartYear() {
		return startYear;
	}

	public int getEndYear() {
		return endYear;
	}

	public BigDecimal getTargetPercent() {
		return targetPercent;
	}

	public String getBasis() {
		return basis;
	}

	public long getVersion() {
		return version;
	}

}
