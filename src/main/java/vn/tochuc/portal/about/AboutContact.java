package vn.tochuc.portal.about;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The address, switchboard and the named contact officer (one row). */
@Entity
@Table(name = "about_contact")
public class AboutContact {

	static final int ID = 1;

	@Id
	private Integer id;

	@Column(name = "address_vi")
	private String addressVi;

	@Column(name = "address_en")
	private String addressEn;

	private String phone;

	private String fax;

	private String email;

	@Column(name = "officer_name")
	private String officerName;

	@Column(name = "officer_title_vi")
	private String officerTitleVi;

	@Column(name = "officer_title_en")
	private String officerTitleEn;

	@Column(name = "officer_phone")
	private String officerPhone;

	@Column(name = "officer_email")
	private String officerEmail;

	@Version
	private long version;

	protected AboutContact() {
	}

	void change(ContactDetails details) {
		this.addressVi = Localized.blankToNull(details.addressVi());
		this.addressEn = Localized.blankToNull(details.addressEn());
		this.phone = Localized.blankToNull(details.phone());
		this.fax = Localized.blankToNull(details.fax());
		this.email = Localized.blankToNull(details.email());
		this.officerName = Localized.blankToNull(details.officerName());
		this.officerTitleVi = Localized.blankToNull(details.officerTitleVi());
		this.officerTitleEn = Localized.blankToNull(details.officerTitleEn());
		this.officerPhone = Localized.blankToNull(details.officerPhone());
		this.officerEmail = Localized.blankToNull(details.officerEmail());
	}

	public ContactDetails details() {
		return new ContactDetails(addressVi, addressEn, phone, fax, email, officerName, officerTitleVi, officerTitleEn,
				officerPhone, officerEmail);
	}

	public String address(Locale locale) {
		return Localized.pick(locale, addressVi, addressEn);
	}

	public String officerTitle(Locale locale) {
		return Localized.pick(locale, officerTitleVi, officerTitleEn);
	}

	public String getPhone() {
		return phone;
	}

	public String getFax() {
		return fax;
	}

	public String getEmail() {
		return email;
	}

	public String getOfficerName() {
		return officerName;
	}

	public String getOfficerPhone() {
		return officerPhone;
	}

	public String getOfficerEmail() {
		return officerEmail;
	}

	public long getVersion() {
		return version;
	}

}
