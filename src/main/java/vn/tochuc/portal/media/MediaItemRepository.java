package vn.tochuc.portal.media;

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

}
