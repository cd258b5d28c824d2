package vn.tochuc.portal.comments;

/** Where a comment is in moderation. Only APPROVED comments are ever shown to readers. */
public enum CommentStatus {

	PENDING, APPROVED, REJECTED, SPAM

}
