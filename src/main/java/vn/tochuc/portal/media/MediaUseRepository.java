package vn.tochuc.portal.media;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Rows are written with plain statements that run at once, never as managed entities: a record
 * may be told its uses twice in one transaction, and Hibernate would order a re-insert before
 * the delete it follows.
 */
interface MediaUseRepository extends JpaRepository<MediaUse, MediaUse.Key> {

	/** [media id, shown to readers] of one record's uses. */
	@Query("select u.key.mediaId, u.shownToReaders from MediaUse u where u.key.ownerKind = ?1 and u.key.ownerId = ?2")
	List<Object[]> usesOf(String ownerKind, Long ownerId);

	@Modifying
	@Query(value = """
			insert into media_use (owner_kind, owner_id, media_id, shown_to_readers) values (?1, ?2, ?3, ?4)
			on conflict (owner_kind, owner_id, media_id) do update set shown_to_readers = excluded.shown_to_readers""",
			nativeQuery = true)
	void put(String ownerKind, Long ownerId, Long mediaId, boolean shownToReaders);

	@Modifying
	@Query(value = "delete from media_use where owner_kind = ?1 and owner_id = ?2 and media_id = ?3", nativeQuery = true)
	void remove(String ownerKind, Long ownerId, Long mediaId);

	@Modifying
	@Query(value = "delete from media_use where owner_kind = ?1 and owner_id = ?2", nativeQuery = true)
	void removeAll(String ownerKind, Long ownerId);

	@Query("select count(u) > 0 from MediaUse u where u.key.mediaId = ?1 and u.shownToReaders = true")
	boolean isShownToReaders(Long mediaId);

	@Query("select m.id from MediaItem m where m.storageKey in ?1")
	List<Long> idsOfKeys(Collection<String> storageKeys);

}
