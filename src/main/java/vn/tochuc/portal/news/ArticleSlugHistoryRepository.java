package vn.tochuc.portal.news;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleSlugHistoryRepository extends JpaRepository<ArticleSlugHistory, String> {

	@Modifying
	@Query("delete from ArticleSlugHistory h where h.articleId = ?1")
	void deleteAllByArticleId(Long articleId);

}
