/**
 * Readers' comments on articles ("Ý kiến bạn đọc"): posted by anyone under a published
 * article, held until a staff member approves them in the moderation queue at
 * /admin/comments. The news module does not know about comments: the form and the approved
 * comments are added to the article page's model by an interceptor in {@code web}.
 */
package vn.tochuc.portal.comments;
