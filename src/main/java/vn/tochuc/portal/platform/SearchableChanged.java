package vn.tochuc.portal.platform;

/**
 * Published (as a Spring application event, inside the saving transaction) whenever a public
 * record is created or changed so that readers may find it: the search index replaces its entry.
 */
public record SearchableChanged(Searchable item) {

}
