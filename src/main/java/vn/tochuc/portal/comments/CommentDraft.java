package vn.tochuc.portal.comments;

/** What a reader typed into the comment form, already checked by the form's rules. */
public record CommentDraft(String name, String email, String text) {

}
