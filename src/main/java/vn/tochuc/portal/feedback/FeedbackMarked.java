package vn.tochuc.portal.feedback;

/** A Góp ý marked read or unread: staff's inbox changes, no reader page does. */
public record FeedbackMarked(long feedbackId, boolean read) {

}
