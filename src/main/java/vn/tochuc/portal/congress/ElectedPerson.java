package vn.tochuc.portal.congress;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Someone a congress elected: the secretary, a deputy secretary or the inspection committee's chair. */
@Embeddable
public class ElectedPerson {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PersonRole role;

	@Column(name = "full_name", nullable = false, length = 120)
	private String fullName;

	@Column(length = 300)
	private String title;

	protected ElectedPerson() {
	}

	public ElectedPerson(PersonRole role, String fullName, String title) {
		this.role = role;
		this.fullName = fullName == null ? null : fullName.strip();
		this.title = title == null || title.isBlank() ? null : title.strip();
	}

	/**
	 * "Họ tên – Chức vụ" as staff type it (a hyphen or dash between spaces separates the title);
	 * null for a blank line.
	 */
	public static ElectedPerson parse(PersonRole role, String line) {
		if (line == null || line.isBlank()) {
			return null;
		}
		String[] parts = line.strip().split("\\s+[–—-]\\s+", 2);
		return new ElectedPerson(role, parts[0], parts.length > 1 ? parts[1] : null);
	}

	public PersonRole getRole() {
		return role;
	}

	public String getFullName() {
		return fullName;
	}

	public String getTitle() {
		return title;
	}

	/** "Họ tên – Chức vụ", the way it is typed and read back. */
	public String getLabel() {
		return title == null ? fullName : fullName + " – " + title;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ElectedPerson that && role == that.role && Objects.equals(fullName, that.fullName)
				&& Objects.equals(title, that.title);
	}

	@Override
	public int hashCode() {
		return Objects.hash(role, fullName, title);
	}

	@Override
	public String toString() {
		return getLabel();
	}

}
