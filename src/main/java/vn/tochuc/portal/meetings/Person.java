package vn.tochuc.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who chairs meetings, with the title they held (e.g. "Trưởng ban Tổ chức Tỉnh ủy"). */
@Entity
@Table(name = "person")
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "full_name", nullable = false, length = 120)
	private String fullName;

	@Column(length = 300)
	private String title;

	protected Person() {
	}

	Person(String fullName, String title) {
		this.fullName = fullName;
		this.title = title;
	}

	public Long getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	public String getTitle() {
		return title;
	}

	/** "Họ tên – Chức vụ", the way staff type it and readers read it. */
	public String getLabel() {
		return title == null ? fullName : fullName + " – " + title;
	}

}
