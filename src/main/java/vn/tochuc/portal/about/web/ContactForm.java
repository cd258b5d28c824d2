package vn.tochuc.portal.about.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.about.AboutContact;
import vn.tochuc.portal.about.ContactDetails;

/** The address, switchboard and named contact officer. */
public class ContactForm {

	@NotBlank(message = "{about.contact.address.required}")
	@Size(max = 300, message = "{about.field.tooLong}")
	private String addressVi;

	@Size(max = 300, message = "{about.field.tooLong}")
	private String addressEn;

	@Size(max = 60, message = "{about.field.tooLong}")
	private String phone;

	@Size(max = 60, message = "{about.field.tooLong}")
	private String fax;

	@Email(message = "{feedback.email.invalid}")
	@Size(max = 120, message = "{about.field.tooLong}")
	private String email;

	@NotBlank(message = "{about.contact.officer.required}")
	@Size(max = 120, message = "{about.field.tooLong}")
	private String officerName;

	@Size(max = 200, message = "{about.field.tooLong}")
	private String officerTitleVi;

	@Size(max = 200, message = "{about.field.tooLong}")
	private String officerTitleEn;

	@Size(max = 60, message = "{about.field.tooLong}")
	private String officerPhone;

	@Email(message = "{feedback.email.invalid}")
	@Size(max = 120, message = "{about.field.tooLong}")
	private String officerEmail;

	private long version;

	static ContactForm of(AboutContact contact) {
		ContactDetails details = contact.details();
		ContactForm form = new ContactForm();
		form.addressVi = details.addressVi();
		form.addressEn = details.addressEn();
		form.phone = details.phone();
		form.fax = details.fax();
		form.email = details.email();
		form.officerName = details.officerName();
		form.officerTitleVi = details.officerTitleVi();
		form.officerTitleEn = details.officerTitleEn();
		form.officerPhone = details.officerPhone();
		form.officerEmail = details.officerEmail();
		form.version = contact.getVersion();
		return form;
	}

	ContactDetails toDetails() {
		return new ContactDetails(addressVi, addressEn, phone, fax, email, officerName, officerTitleVi, officerTitleEn,
				officerPhone, officerEmail);
	}

	public String getAddressVi() {
		return addressVi;
	}

	public void setAddressVi(String addressVi) {
		this.addressVi = addressVi;
	}

	public String getAddressEn() {
		return addressEn;
	}

	public void setAddressEn(String addressEn) {
		this.addressEn = addressEn;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getFax() {
		return fax;
	}

	public void setFax(String fax) {
		this.fax = fax;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOfficerName() {
		return officerName;
	}

	public void setOfficerName(String officerName) {
		this.officerName = officerName;
	}

	public String getOfficerTitleVi() {
		return officerTitleVi;
	}

	public void setOfficerTitleVi(String officerTitleVi) {
		this.officerTitleVi = officerTitleVi;
	}

	public String getOfficerTitleEn() {
		return officerTitleEn;
	}

	public void setOfficerTitleEn(String officerTitleEn) {
		this.officerTitleEn = officerTitleEn;
	}

	public String getOfficerPhone() {
		return officerPhone;
	}

	public void setOfficerPhone(String officerPhone) {
		this.officerPhone = officerPhone;
	}

	public String getOfficerEmail() {
		return officerEmail;
	}

	public void setOfficerEmail(String officerEmail) {
		this.officerEmail = officerEmail;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
