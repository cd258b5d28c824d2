package vn.tochuc.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.UserAccountRepository;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.Slugs;

/**
 * The newsroom's rules for articles: who may change what, which status an action leads to,
 * slugs that never break old links, and edits that never overwrite someone else's.
 */
@Service
public class ArticleService {

	private final ArticleRepository articles;

	private final CategoryRepository categories;

	private final ArticleSlugHistoryRepository slugHistory;

	private final UserAccountRepository users;

	private final MediaLibrary media;

	private final Clock clock;

	ArticleService(ArticleRepository articles, CategoryRepository categories, ArticleSlugHistoryRepository slugHistory,
			UserAccountRepository users, MediaLibrary media, Clock clock) {
		this.articles = articles;
		this.categories = categories;
		this.slugHistory = slugHistory;
		this.users = users;
		this.media = media;
		this.clock = clock;
	}

	// ---- staff -------------------------------------------------------------------------

	@Transactional
	public Article create(ArticleContent content, CoverUpload upload, EditorAction action, PortalUser actor) {
		requireWriter(actor);
		requireAllowed(action, actor);
		Instant now = clock.instant();
		Article article = new Article(uniqueSlug(content.title()), users.getReferenceById(actor.id()), now);
		article.apply(content, category(content.categoryId()), cover(content, upload, actor), actor.id(), now);
		article.moveTo(nextStatus(ArticleStatus.DRAFT, action), now);
		return articles.saveAndFlush(article);
	}

	@Transactional
	public Article update(Long id, long formVersion, ArticleContent content, CoverUpload upload, EditorAction action,
			PortalUser actor) {
		Article article = articles.findWithDetails(id).filter((found) -> found.getDeletedAt() == null)
			.orElseThrow(() -> new NotFoundException("article " + id));
		requireMayEdit(article, actor);
		requireAllowed(action, actor);
		if (article.getVersion() != formVersion) {
			throw new StaleArticleException(article, content, formVersion);
		}
		Instant now = clock.instant();
		if (!Objects.equals(article.getTitle(), content.title())) {
			renameSlug(article, content.title(), now);
		}
		article.apply(content, category(content.categoryId()), cover(content, upload, actor), actor.id(), now);
		article.moveTo(nextStatus(article.getStatus(), action), now);
		return articles.saveAndFlush(article);
	}

	/**
	 * Brings in an article that was already published elsewhere (an older site, the demo
	 * content), keeping its original publication time.
	 */
	@Transactional
	public Article importPublished(ArticleContent content, Long coverMediaId, Instant publishedAt, PortalUser actor) {
		requireAllowed(EditorAction.PUBLISH, actor);
		Article article = new Article(uniqueSlug(content.title()), users.getReferenceById(actor.id()), publishedAt);
		article.apply(content, category(content.categoryId()), media.find(coverMediaId).orElse(null), actor.id(),
				publishedAt);
		article.setPublishedAt(publishedAt);
		article.moveTo(ArticleStatus.PUBLISHED, publishedAt);
		return articles.save(article);
	}

	/** An article as its editor may see it: 404 if missing, 403 if not theirs to edit. */
	@Transactional(readOnly = true)
	public Article getForEditing(Long id, PortalUser actor) {
		Article article = articles.findWithDetails(id).filter((found) -> found.getDeletedAt() == null)
			.orElseThrow(() -> new NotFoundException("article " + id));
		requireMayView(article, actor);
		return article;
	}

	@Transactional(readOnly = true)
	public Page<Article> list(ArticleFilter filter, PortalUser actor, int page, int size) {
		requireWriter(actor);
		ArticleFilter visible = actor.role() == Role.AUTHOR ? filter.onlyOwnedBy(actor.id()) : filter;
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		return articles.findAll(visible.toSpecification(), request);
	}

	@Transactional(readOnly = true)
	public Map<ArticleStatus, Long> countsByStatus() {
		Map<ArticleStatus, Long> counts = new LinkedHashMap<>();
		for (ArticleStatus status : ArticleStatus.values()) {
			counts.put(status, articles.countByStatusAndDeletedAtIsNull(status));
		}
		return counts;
	}

	public static boolean mayEdit(Article article, PortalUser actor) {
		return switch (actor.role()) {
			case ADMIN, EDITOR -> true;
			case AUTHOR -> article.isOwnedBy(actor.id()) && article.getStatus() != ArticleStatus.PUBLISHED;
			case STATISTICS -> false;
		};
	}

	// ---- readers -----------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<Article> findLive(String slug) {
		return articles.findLiveBySlug(slug);
	}

	/** Where an old slug lives now, if the article it belonged to is still live. */
	@Transactional(readOnly = true)
	public Optional<String> currentPathOfOldSlug(String oldSlug) {
		return slugHistory.findById(oldSlug)
			.flatMap((history) -> articles.findById(history.getArticleId()))
			.filter(Article::isLive)
			.map(Article::getPath);
	}

	@Transactional(readOnly = true)
	public Page<Article> latest(int page, int size) {
		return articles.findLive(PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public Page<Article> inCategory(Category category, int page, int size) {
		return articles.findLiveInCategory(category, PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public List<Article> featured(int count) {
		return articles.findLiveFeatured(PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public List<Article> related(Article article, int count) {
		return articles.findLiveRelated(article.getCategory(), article.getId(), PageRequest.of(0, count));
	}

	/** The newest articles of each category, for the home page blocks: two statements in all. */
	@Transactional(readOnly = true)
	public Map<Long, List<Article>> newestPerCategory(List<Category> wanted, int perCategory) {
		if (wanted.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = articles.findNewestLiveIdsPerCategory(wanted.stream().map(Category::getId).toList(),
				perCategory);
		if (ids.isEmpty()) {
			return Map.of();
		}
		Comparator<Article> newestFirst = Comparator.comparing(Article::getPublishedAt).reversed()
			.thenComparing(Article::getId, Comparator.reverseOrder());
		return articles.findWithCategoryAndCover(ids).stream()
			.sorted(newestFirst)
			.collect(Collectors.groupingBy((article) -> article.getCategory().getId(), LinkedHashMap::new,
					Collectors.toList()));
	}

	@Transactional(readOnly = true)
	public Page<Article> search(String text, int page, int size) {
		PageRequest request = PageRequest.of(page, size);
		Page<Long> ids = articles.searchLiveIds(ArticleFilter.likeEscaped(text.strip()), request);
		Map<Long, Article> byId = articles.findWithCategoryAndCover(ids.getContent()).stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		List<Article> ordered = ids.getContent().stream().map(byId::get).filter(Objects::nonNull).toList();
		return new PageImpl<>(ordered, request, ids.getTotalElements());
	}

	// ---- rules -------------------------------------------------------------------------

	static ArticleStatus nextStatus(ArticleStatus current, EditorAction action) {
		return switch (action) {
			case SAVE -> current;
			case SUBMIT -> {
				if (current == ArticleStatus.PUBLISHED) {
					throw new WorkflowException("article.workflow.alreadyPublished");
				}
				yield ArticleStatus.PENDING;
			}
			case PUBLISH -> ArticleStatus.PUBLISHED;
			case UNPUBLISH -> {
				if (current != ArticleStatus.PUBLISHED) {
					throw new WorkflowException("article.workflow.notPublished");
				}
				yield ArticleStatus.UNPUBLISHED;
			}
		};
	}

	private static void requireWriter(PortalUser actor) {
		if (!actor.role().writesArticles()) {
			throw new AccessDeniedException("Role " + actor.role() + " does not write articles");
		}
	}

	private static void requireAllowed(EditorAction action, PortalUser actor) {
		boolean changesLiveState = action == EditorAction.PUBLISH || action == EditorAction.UNPUBLISH;
		if (changesLiveState && !actor.role().mayPublish()) {
			throw new AccessDeniedException("Role " + actor.role() + " may not " + action);
		}
	}

	private static void requireMayEdit(Article article, PortalUser actor) {
		if (!mayEdit(article, actor)) {
			throw new AccessDeniedException("Not allowed to edit article " + article.getId());
		}
	}

	private static void requireMayView(Article article, PortalUser actor) {
		requireWriter(actor);
		if (actor.role() == Role.AUTHOR && !article.isOwnedBy(actor.id())) {
			throw new AccessDeniedException("Not allowed to see article " + article.getId());
		}
	}

	private Category category(Long id) {
		if (id == null) {
			throw new IllegalArgumentException("An article needs a category");
		}
		return categories.findById(id).orElseThrow(() -> new NotFoundException("category " + id));
	}

	/** A new upload wins over the picked library item; it rolls back with the article if the save fails. */
	private MediaItem cover(ArticleContent content, CoverUpload upload, PortalUser actor) {
		if (upload != null && upload.content() != null && upload.content().length > 0) {
			MediaItem uploaded = media.upload(upload.content(), upload.originalName(), actor.id());
			return media.describe(uploaded.getId(), content.coverCaption(), content.title(), null);
		}
		return media.find(content.coverMediaId()).orElse(null);
	}

	private void renameSlug(Article article, String newTitle, Instant now) {
		String base = Slugs.slugify(newTitle);
		if (base.isEmpty() || article.getSlug().equals(base) || article.getSlug().matches(Pattern.quote(base) + "-\\d+")) {
			return;
		}
		// Only slugs readers may have seen need to keep answering.
		if (article.getPublishedAt() != null) {
			slugHistory.save(new ArticleSlugHistory(article.getSlug(), article.getId(), now));
		}
		slugHistory.findById(base).filter((old) -> old.getArticleId().equals(article.getId()))
			.ifPresent(slugHistory::delete);
		slugHistory.flush();
		article.changeSlug(uniqueSlug(newTitle));
	}

	private String uniqueSlug(String title) {
		return Slugs.unique(Slugs.slugify(title),
				(candidate) -> articles.existsBySlug(candidate) || slugHistory.existsById(candidate));
	}

}
