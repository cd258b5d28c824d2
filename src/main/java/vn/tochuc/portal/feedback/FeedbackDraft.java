package vn.tochuc.portal.feedback;

/** What a reader typed into the "Góp ý" form, already checked by the form's rules. */
public record FeedbackDraft(String name, String email, String phone, String subject, String body) {

}
