package vn.tochuc.portal.news;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.domain.Specification;

/**
 * Reader queries fetch the category and cover with the article (one statement per list,
 * whatever its length) and only ever see live articles: published and not deleted.
 */
public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	String LIVE = "a.status = vn.tochuc.portal.news.ArticleStatus.PUBLISHED and a.deletedAt is null";

	boolean existsBySlug(String slug);

	@org.springframework.data.jpa.repository.Modifying
	@Query("update Article a set a.meetingId = ?2 where a.title like ?1 escape '\\'")
	int linkToMeeting(String titlePattern, Long meetingId);

	@org.springframework.data.jpa.repository.Modifying
	@Query("update Article a set a.congressId = ?2 where a.title like ?1 escape '\\'")
	int linkToCongress(String titlePattern, Long congressId);

	@Query("select a from Article a join fetch a.category left join fetch a.cover where a.slug = ?1 and " + LIVE)
	Optional<Article> findLiveBySlug(String slug);

	@Query("""
			select a from Article a join fetch a.category left join fetch a.cover left join fetch a.owner
			left join fetch a.workingRevision where a.id = ?1""")
	Optional<Article> findWithDetails(Long id);

	@Query("select a from Article a where a.status = vn.tochuc.portal.news.ArticleStatus.SCHEDULED and a.deletedAt is null and a.scheduledAt <= ?1")
	List<Article> findDue(Instant now);

	@Query(value = "select a from Article a join fetch a.category left join fetch a.owner where a.deletedAt is not null order by a.deletedAt desc, a.id desc",
			countQuery = "select count(a) from Article a where a.deletedAt is not null")
	Page<Article> findTrash(Pageable pageable);

	@Query(value = """
			select a from Article a join fetch a.category left join fetch a.owner
			where a.deletedAt is null and (a.status = vn.tochuc.portal.news.ArticleStatus.PENDING or a.workingSubmitted = true)
			order by a.updatedAt desc, a.id desc""",
			countQuery = """
			select count(a) from Article a
			where a.deletedAt is null and (a.status = vn.tochuc.portal.news.ArticleStatus.PENDING or a.workingSubmitted = true)""")
	Page<Article> findReviewQueue(Pageable pageable);

	@Query(value = """
			select a from Article a join fetch a.category left join fetch a.owner
			where a.deletedAt is null and a.owner.id = ?1
			  and (a.status = vn.tochuc.portal.news.ArticleStatus.PENDING or a.workingSubmitted = true)
			order by a.updatedAt desc, a.id desc""",
			countQuery = """
			select count(a) from Article a
			where a.deletedAt is null and a.owner.id = ?1
			  and (a.status = vn.tochuc.portal.news.ArticleStatus.PENDING or a.workingSubmitted = true)""")
	Page<Article> findReviewQueueOwnedBy(Long ownerId, Pageable pageable);

	/** The newest live articles; a list, not a page: counting 100,000 rows is most of its cost. */
	@Query("select a from Article a join fetch a.category left join fetch a.cover where " + LIVE
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findNewestLive(Pageable pageable);

	@Query(value = "select a from Article a join fetch a.category left join fetch a.cover where a.category = ?1 and "
			+ LIVE + " order by a.publishedAt desc, a.id desc",
			countQuery = "select count(a) from Article a where a.category = ?1 and " + LIVE)
	Page<Article> findLiveInCategory(Category category, Pageable pageable);

	/** One page of a category's live article ids: read from the index alone, however deep the page. */
	@Query(value = "select a.id from Article a where a.category = ?1 and " + LIVE + " order by a.publishedAt desc, a.id desc",
			countQuery = "select count(a) from Article a where a.category = ?1 and " + LIVE)
	Page<Long> findLiveIdsInCategory(Category category, Pageable pageable);

	@Query("select a from Article a join fetch a.category left join fetch a.cover where a.featured = true and " + LIVE
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findLiveFeatured(Pageable pageable);

	@Query("select a from Article a join fetch a.category left join fetch a.cover where a.category = ?1 and a.id <> ?2 and "
			+ LIVE + " order by a.publishedAt desc, a.id desc")
	List<Article> findLiveRelated(Category category, Long excludedId, Pageable pageable);

	@Query("select a from Article a join fetch a.category left join fetch a.cover where a.meetingId = ?1 and " + LIVE
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findLiveByMeeting(Long meetingId);

	@Query("select a.id from Article a order by a.id")
	List<Long> findAllIds();

	@Query("select a from Article a join fetch a.category left join fetch a.cover where a.congressId = ?1 and " + LIVE
			+ " order by a.publishedAt desc, a.id desc")
	List<Article> findLiveByCongress(Long congressId);

	@Query("select a from Article a join fetch a.category left join fetch a.cover where a.id in ?1")
	List<Article> findWithCategoryAndCover(Collection<Long> ids);

	/**
	 * The newest few live articles of each category, in one statement: per category a short walk
	 * down {@code article_live_by_category}, not a sort of every article of those categories.
	 */
	@Query(value = """
			select newest.id from category c
			cross join lateral (
			    select a.id from article a
			    where a.category_id = c.id and a.status = 'PUBLISHED' and a.deleted_at is null
			    order by a.published_at desc, a.id desc
			    limit ?2
			) newest
			where c.id in (?1)
			""", nativeQuery = true)
	List<Long> findNewestLiveIdsPerCategory(Collection<Long> categoryIds, int perCategory);

	/** Live articles after the given id, in id order, for the search index (no entities loaded). */
	@Query("select new vn.tochuc.portal.news.ArticleSearch$Row(a.id, a.slug, a.title, a.summary, a.body, a.publishedAt)"
			+ " from Article a where a.id > ?1 and " + LIVE + " order by a.id")
	List<ArticleSearch.Row> findLiveForSearch(long afterId, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "category", "owner" })
	Page<Article> findAll(Specification<Article> specification, Pageable pageable);

	long countByStatusAndDeletedAtIsNull(ArticleStatus status);

	long countByStatusAndOwnerIdAndDeletedAtIsNull(ArticleStatus status, Long ownerId);

	/** Every live article's address and last change, for the sitemap; no entities loaded. */
	@Query("select a.slug as slug, a.updatedAt as updatedAt from Article a where " + LIVE + " order by a.publishedAt desc")
	List<SitemapEntry> findLiveSitemapEntries();

	long countByCategory(Category category);

}
