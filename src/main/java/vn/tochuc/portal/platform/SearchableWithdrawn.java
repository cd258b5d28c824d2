package vn.tochuc.portal.platform;

/**
 * Published when a record stops being public (unpublished, trashed, cancelled, deleted): the
 * search index drops its entry, so search never reveals what the public may not see.
 */
public record SearchableWithdrawn(String type, long id) {

}
