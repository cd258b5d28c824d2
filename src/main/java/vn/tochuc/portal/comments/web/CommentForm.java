package vn.tochuc.portal.comments.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.comments.Comment;
import vn.tochuc.portal.comments.CommentDraft;

/** The reader's comment form. {@code website} is the honeypot: hidden, and left empty by people. */
public class CommentForm {

	@NotBlank(message = "{comment.name.required}")
	@Size(max = Comment.MAX_NAME, message = "{comment.name.tooLong}")
	private String name;

	@NotBlank(message = "{comment.email.required}")
	@Email(message = "{comment.email.invalid}")
	@Size(max = Comment.MAX_EMAIL, message = "{comment.email.invalid}")
	private String email;

	@NotBlank(message = "{comment.text.required}")
	@Size(max = Comment.MAX_BODY, message = "{comment.text.tooLong}")
	private String text;

	private String website;

	CommentDraft toDraft() {
		return new CommentDraft(name, email, text);
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

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
