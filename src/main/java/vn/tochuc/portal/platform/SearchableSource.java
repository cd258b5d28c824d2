package vn.tochuc.portal.platform;

import java.util.function.Consumer;

/**
 * A feature's public records for a full rebuild of the search index (on an empty index at
 * start-up, or when staff ask for it). Each feature that publishes {@link SearchableChanged}
 * also offers its records through one bean of this type.
 */
public interface SearchableSource {

	/** The kind of record this source gives, as in {@link Searchable#type()}. */
	String type();

	/** Hands every currently public record to the consumer, in batches, within a read-only transaction. */
	void forEachPublic(Consumer<Searchable> consumer);

}
