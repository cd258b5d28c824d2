package vn.tochuc.portal.platform;

/**
 * Published (as a Spring application event) by every feature whenever staff change content or
 * users; the audit log records it with who did it, when and from which address. Listeners run
 * in the publisher's transaction, so an action and its audit entry commit or roll back together.
 *
 * @param action what was done, e.g. "article.publish", "user.create"
 * @param targetType the kind of record, e.g. "article", "user", "media"
 * @param targetId the record's id
 * @param summary a short human description (a title, a user name)
 */
public record StaffAction(String action, String targetType, Object targetId, String summary) {

}
