/**
 * The audit log: every staff action and every login attempt, with who, when and from which
 * address, shown to administrators at /admin/audit. It listens to the other modules' events
 * and nothing depends on it.
 */
package vn.tochuc.portal.audit;
