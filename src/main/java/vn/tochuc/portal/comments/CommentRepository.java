package vn.tochuc.portal.comments;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

	@Query("select c from Comment c where c.article.id = ?1 and c.status = vn.tochuc.portal.comments.CommentStatus.APPROVED"
			+ " order by c.createdAt, c.id")
	List<Comment> findApproved(Long articleId);

	@Query(value = "select c from Comment c join fetch c.article where c.status = ?1 order by c.createdAt desc, c.id desc",
			countQuery = "select count(c) from Comment c where c.status = ?1")
	Page<Comment> findByStatus(CommentStatus status, Pageable pageable);

	long countByStatus(CommentStatus status);

}
