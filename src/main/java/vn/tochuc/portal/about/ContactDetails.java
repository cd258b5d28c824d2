package vn.tochuc.portal.about;

/** The contact page's fields, as the admin edits them. */
public record ContactDetails(String addressVi, String addressEn, String phone, String fax, String email,
		String officerName, String officerTitleVi, String officerTitleEn, String officerPhone, String officerEmail) {

}
