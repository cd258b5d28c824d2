package vn.tochuc.portal.feedback.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.feedback.FeedbackDraft;
import vn.tochuc.portal.feedback.FeedbackMessage;

/** The "Góp ý" form. {@code website} is the honeypot: hidden, and left empty by people. */
public class FeedbackForm {

	@NotBlank(message = "{feedback.name.required}")
	@Size(max = FeedbackMessage.MAX_NAME, message = "{feedback.name.tooLong}")
	private String name;

	@NotBlank(message = "{feedback.email.required}")
	@Email(message = "{feedback.email.invalid}")
	@Size(max = FeedbackMessage.MAX_EMAIL, message = "{feedback.email.invalid}")
	private String email;

	@Size(max = FeedbackMessage.MAX_PHONE, message = "{feedback.phone.invalid}")
	@Pattern(regexp = "^[0-9 +().-]*$", message = "{feedback.phone.invalid}")
	private String phone;

	@NotBlank(message = "{feedback.subject.required}")
	@Size(max = FeedbackMessage.MAX_SUBJECT, message = "{feedback.subject.tooLong}")
	private String subject;

	@NotBlank(message = "{feedback.body.required}")
	@Size(max = FeedbackMessage.MAX_BODY, message = "{feedback.body.tooLong}")
	private String body;

	private String website;

	FeedbackDraft toDraft() {
		return new FeedbackDraft(name, email, phone, subject, body);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
