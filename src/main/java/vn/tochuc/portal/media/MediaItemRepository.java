package vn.tochuc.portal.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MediaItemRepository extends JpaRepository<MediaItem, Long> {

	Optional<MediaItem> findByStorageKey(String storageKey);

	@Query("""
			select m from MediaItem m
			where (:text is null or lower(coalesce(m.caption, '')) like lower(concat('%', cast(:text as string), '%'))
			    or lower(coalesce(m.originalName, '')) like lower(concat('%', cast(:text as string), '%')))
			order by m.createdAt desc, m.id desc
			""")
	Page<MediaItem> search(String text, Pageable pageable);

	/** The same, limited to what an author may see: their own uploads and what readers see already. */
	@Query("""
			select m from MediaItem m
			where (m.uploadedBy = :uploader
			    or exists (select u from MediaUse u where u.key.mediaId = m.id and u.shownToReaders = true))
			  and (:text is null or lower(coalesce(m.caption, '')) like lower(concat('%', cast(:text as string), '%'))
			    or lower(coalesce(m.originalName, '')) like lower(concat('%', cast(:text as string), '%')))
			order by m.createdAt desc, m.id desc
			""")
	Page<MediaItem> searchVisibleTo(Long uploader, String text, Pageable pageable);

	/** Which of these items content that readers see now uses (see {@link MediaUsage}). */
	@Query("select distinct u.key.mediaId from MediaUse u where u.key.mediaId in ?1 and u.shownToReaders = true")
	List<Long> shownToReadersAmong(Collection<Long> ids);

}
