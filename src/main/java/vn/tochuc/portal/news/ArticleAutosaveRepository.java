package vn.tochuc.portal.news;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleAutosaveRepository extends JpaRepository<ArticleAutosave, ArticleAutosave.Key> {

	@Modifying
	@Query("delete from ArticleAutosave a where a.key.articleId = ?1")
	void deleteAllForArticle(Long articleId);

}
