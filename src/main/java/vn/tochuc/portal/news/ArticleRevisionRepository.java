package vn.tochuc.portal.news;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

	@Query("select r from ArticleRevision r left join fetch r.createdBy where r.articleId = ?1 order by r.createdAt desc, r.id desc")
	List<ArticleRevision> findHistory(Long articleId);

	Optional<ArticleRevision> findByIdAndArticleId(Long id, Long articleId);

}
