package vn.tochuc.portal.feedback;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRepository extends JpaRepository<FeedbackMessage, Long> {

	@Query("select f from FeedbackMessage f order by f.createdAt desc, f.id desc")
	Page<FeedbackMessage> findNewestFirst(Pageable pageable);

	@Query("select f from FeedbackMessage f where f.readAt is null order by f.createdAt desc, f.id desc")
	Page<FeedbackMessage> findUnread(Pageable pageable);

	@Query("select f from FeedbackMessage f where f.readAt is not null order by f.createdAt desc, f.id desc")
	Page<FeedbackMessage> findRead(Pageable pageable);

	long countByReadAtIsNull();

}
