package vn.tochuc.portal.about;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit of the department's organisation chart (the leadership, a division, an office). */
@Entity
@Table(name = "about_unit")
public class AboutUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "name_vi")
	private String nameVi;

	@Column(name = "name_en")
	private String nameEn;

	private int position;

	@Version
	private long version;

	protected AboutUnit() {
	}

	AboutUnit(Long parentId, String nameVi, String nameEn, int position) {
		change(parentId, nameVi, nameEn, position);
	}

	void change(Long parentId, String nameVi, String nameEn, int position) {
		this.parentId = parentId;
		this.nameVi = nameVi.strip();
		this.nameEn = Localized.blankToNull(nameEn);
		this.position = position;
	}

	public String name(Locale locale) {
		return Localized.pick(locale, nameVi, nameEn);
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public String getNameVi() {
		return nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public int getPosition() {
		return position;
	}

	public long getVersion() {
		return version;
	}

}
