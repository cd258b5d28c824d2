package vn.tochuc.portal.news;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleSlugHistoryRepository extends JpaRepository<ArticleSlugHistory, String> {

}
