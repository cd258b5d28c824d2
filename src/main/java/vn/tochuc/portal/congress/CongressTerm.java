package vn.tochuc.portal.congress;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A nhiệm kỳ (e.g. 2020 – 2025): the congresses that open it are held around its first year. */
@Entity
@Table(name = "congress_term")
public class CongressTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(name = "start_year", nullable = false)
	private int startYear;

	@Column(name = "end_year", nullable = false)
	private int endYear;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected CongressTerm() {
	}

	CongressTerm(String name, int startYear, int endYear) {
		this.name = name;
		this.startYear = startYear;
		this.endYear = endYear;
	}

	void describe(String name, int startYear, int endYear) {
		this.name = name;
		this.startYear = startYear;
		this.endYear = endYear;
	}

	/** "2020-2025": in addresses, spreadsheets and the filter. */
	public String getCode() {
		return startYear + "-" + endYear;
	}

	/** "2020 – 2025", as titles write it. */
	public String getYears() {
		return startYear + " – " + endYear;
	}

	public boolean contains(int year) {
		return year >= startYear && year <= endYear;
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

	public long getVersion() {
		return version;
	}

}
