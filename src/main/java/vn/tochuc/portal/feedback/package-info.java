/**
 * "Góp ý": readers send the department a message from /gop-y (with the same anti-spam rules as
 * comments); staff read them in the inbox at /admin/feedback.
 */
package vn.tochuc.portal.feedback;
