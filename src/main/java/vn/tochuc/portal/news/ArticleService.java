package vn.tochuc.portal.news;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
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
import vn.tochuc.portal.media.MediaUsage;
import vn.tochuc.portal.news.ArticleRevision.Kind;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.SearchableChanged;
import vn.tochuc.portal.platform.SearchableWithdrawn;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.platform.StaffAction;

/**
 * The newsroom's rules for articles: who may change what, which status an action leads to,
 * a revision for every save, live articles edited on a working copy, slugs that never break
 * old links, and edits that never overwrite someone else's.
 */
@Service
public class ArticleService {

	/** How the media library names articles among the records that use its items. */
	static final String MEDIA_OWNER_KIND = "article";

	private final ArticleRepository articles;

	private final CategoryRepository categories;

	private final ArticleSlugHistoryRepository slugHistory;

	private final ArticleRevisionRepository revisions;

	private final ArticleAutosaveRepository autosaves;

	private final UserAccountRepository users;

	private final MediaLibrary media;

	private final MediaUsage mediaUsage;

	private final ApplicationEventPublisher events;

	private final ArticleSearch search;

	private final Clock clock;

	ArticleService(ArticleRepository articles, CategoryRepository categories, ArticleSlugHistoryRepository slugHistory,
			ArticleRevisionRepository revisions, ArticleAutosaveRepository autosaves, UserAccountRepository users,
			MediaLibrary media, MediaUsage mediaUsage, ApplicationEventPublisher events, ArticleSearch search,
			Clock clock) {
		this.articles = articles;
		this.categories = categories;
		this.slugHistory = slugHistory;
		this.revisions = revisions;
		this.autosaves = autosaves;
		this.users = users;
		this.media = media;
		this.mediaUsage = mediaUsage;
		this.events = events;
		this.search = search;
		this.clock = clock;
	}

	// ---- staff: writing -----------------------------------------------------------------

	@Transactional
	public Article create(ArticleContent content, CoverUpload upload, EditorCommand command, PortalUser actor) {
		requireWriter(actor);
		requireAllowed(command.action(), actor);
		requireUsableCover(content, null, actor);
		Instant now = clock.instant();
		ArticleStatus target = nextStatus(ArticleStatus.DRAFT, false, command.action());
		MediaItem cover = cover(content, upload, actor);
		// What goes on the home page as the lead story is an editor's decision.
		ArticleContent saved = content.withCover(cover == null ? null : cover.getId())
			.withFeatured(actor.role().mayPublish() && content.featured());
		requirePublishable(saved, target);
		Article article = new Article(uniqueSlug(content.title()), users.getReferenceById(actor.id()), now);
		article.apply(saved, category(content.categoryId()), cover, actor.id(), now);
		enter(article, target, command, now);
		articles.saveAndFlush(article);
		record(article, saved, command, actor, now);
		announce(article);
		events.publishEvent(SeenBefore.NOTHING.to(article));
		return article;
	}

	@Transactional
	public Article update(Long id, long formVersion, ArticleContent content, CoverUpload upload, EditorCommand command,
			PortalUser actor) {
		Article article = findNotDeleted(id);
		requireMayEdit(article, actor);
		requireAllowed(command.action(), actor);
		requireUsableCover(content, article, actor);
		if (article.getVersion() != formVersion) {
			throw new StaleArticleException(article, content, formVersion);
		}
		return save(article, content, upload, command, actor, Kind.valueOf(command.action().name()));
	}

	/** Brings back an earlier revision's text; the restore is itself a new revision. */
	@Transactional
	public Article restoreRevision(Long articleId, Long revisionId, long formVersion, PortalUser actor) {
		Article article = findNotDeleted(articleId);
		requireMayEdit(article, actor);
		ArticleRevision revision = revisions.findByIdAndArticleId(revisionId, articleId)
			.orElseThrow(() -> new NotFoundException("revision " + revisionId));
		ArticleContent restored = revision.toContent(article.isFeatured()).withMeeting(article.getMeetingId())
			.withCongress(article.getCongressId());
		if (article.getVersion() != formVersion) {
			throw new StaleArticleException(article, restored, formVersion);
		}
		return save(article, restored, null, EditorCommand.of(EditorAction.SAVE), actor, Kind.RESTORE);
	}

	private Article save(Article article, ArticleContent content, CoverUpload upload, EditorCommand command,
			PortalUser actor, Kind kind) {
		Instant now = clock.instant();
		EditorAction action = command.action();
		ArticleStatus current = article.getStatus();
		SeenBefore before = SeenBefore.of(article);
		ArticleStatus target = nextStatus(current, article.isWorkingSubmitted(), action);
		MediaItem cover = cover(content, upload, actor);
		ArticleContent saved = content.withCover(cover == null ? null : cover.getId())
			.withFeatured(actor.role().mayPublish() ? content.featured() : article.isFeatured());
		requirePublishable(saved, target);
		if (action == EditorAction.SEND_BACK && !hasText(command.note())) {
			throw new WorkflowException("article.workflow.noteRequired");
		}

		boolean editingLiveArticle = current == ArticleStatus.PUBLISHED && target == ArticleStatus.PUBLISHED
				&& action != EditorAction.PUBLISH;
		if (editingLiveArticle) {
			// Readers keep the live text; the change waits on a working copy until it is published.
			ArticleRevision working = revisions.save(new ArticleRevision(article.getId(), kind, target, saved,
					saved.coverMediaId(), command.note(), users.getReferenceById(actor.id()), now));
			boolean submitted = action == EditorAction.SUBMIT
					|| (action == EditorAction.SAVE && article.isWorkingSubmitted());
			article.holdWorkingCopy(working, submitted, actor.id(), now);
			if (action == EditorAction.SEND_BACK) {
				article.noteForAuthor(command.note());
			}
			articles.saveAndFlush(article);
			recordMediaUse(article);
			publishEvent(article, eventName(action, kind), saved.title());
			events.publishEvent(before.to(article));
			return article;
		}
		if (!Objects.equals(article.getTitle(), saved.title()) && renamesSlug(article, target)) {
			renameSlug(article, saved.title(), now);
		}
		article.apply(saved, category(saved.categoryId()), cover, actor.id(), now);
		article.dropWorkingCopy();
		enter(article, target, command, now);
		articles.saveAndFlush(article);
		revisions.save(new ArticleRevision(article.getId(), kind, target, saved, saved.coverMediaId(), command.note(),
				users.getReferenceById(actor.id()), now));
		if (target == ArticleStatus.PUBLISHED) {
			autosaves.deleteAllForArticle(article.getId());
		}
		publishEvent(article, eventName(action, kind), saved.title());
		announce(article);
		events.publishEvent(before.to(article));
		return article;
	}

	private void enter(Article article, ArticleStatus target, EditorCommand command, Instant now) {
		if (target == ArticleStatus.SCHEDULED) {
			if (command.scheduledAt() == null || !command.scheduledAt().isAfter(now)) {
				throw new WorkflowException("article.workflow.scheduleInPast");
			}
			article.scheduleFor(command.scheduledAt());
		}
		if (command.action() == EditorAction.SEND_BACK) {
			article.noteForAuthor(command.note());
		}
		else if (command.action() == EditorAction.PUBLISH || command.action() == EditorAction.SCHEDULE) {
			article.noteForAuthor(null);
		}
		article.moveTo(target, now);
	}

	/** A draft's slug may follow its title; a live one's too, with the old one kept as a redirect. */
	private static boolean renamesSlug(Article article, ArticleStatus target) {
		return article.getPublishedAt() == null || target == ArticleStatus.PUBLISHED;
	}

	private void record(Article article, ArticleContent content, EditorCommand command, PortalUser actor, Instant now) {
		revisions.save(new ArticleRevision(article.getId(), Kind.valueOf(command.action().name()), article.getStatus(),
				content, content.coverMediaId(), command.note(), users.getReferenceById(actor.id()), now));
		publishEvent(article, command.action(), content.title());
	}

	private void publishEvent(Article article, EditorAction action, String title) {
		publishEvent(article, eventName(action, Kind.SAVE), title);
	}

	/** "article.publish", "article.send-back", … and "article.revision-restore" for a restore. */
	private static String eventName(EditorAction action, Kind kind) {
		if (kind == Kind.RESTORE) {
			return "article.revision-restore";
		}
		return "article." + action.name().toLowerCase().replace('_', '-');
	}

	/**
	 * Brings in an article that was already published elsewhere (an older site, the demo
	 * content), keeping its original publication time.
	 */
	@Transactional
	public Article importPublished(ArticleContent content, Long coverMediaId, Instant publishedAt, PortalUser actor) {
		requireAllowed(EditorAction.PUBLISH, actor);
		ArticleContent saved = content.withCover(coverMediaId);
		requirePublishable(saved, ArticleStatus.PUBLISHED);
		Article article = new Article(uniqueSlug(content.title()), users.getReferenceById(actor.id()), publishedAt);
		article.apply(saved, category(content.categoryId()), media.find(coverMediaId).orElse(null), actor.id(),
				publishedAt);
		article.setPublishedAt(publishedAt);
		article.moveTo(ArticleStatus.PUBLISHED, publishedAt);
		articles.save(article);
		revisions.save(new ArticleRevision(article.getId(), Kind.PUBLISH, ArticleStatus.PUBLISHED, saved, coverMediaId,
				null, users.getReferenceById(actor.id()), publishedAt));
		announce(article);
		events.publishEvent(SeenBefore.NOTHING.to(article));
		return article;
	}

	/** Publishes every scheduled article whose time has come; run every few seconds by the scheduler. */
	@Transactional
	public int publishDue() {
		Instant now = clock.instant();
		List<Article> due = articles.findDue(now);
		for (Article article : due) {
			SeenBefore before = SeenBefore.of(article);
			Instant at = article.getScheduledAt();
			if (article.getPublishedAt() == null) {
				article.setPublishedAt(at);
			}
			article.moveTo(ArticleStatus.PUBLISHED, at);
			article.touch(article.getUpdatedBy(), now);
			revisions.save(new ArticleRevision(article.getId(), Kind.AUTOPUBLISH, ArticleStatus.PUBLISHED,
					article.editableContent(), article.getCover() == null ? null : article.getCover().getId(), null,
					null, now));
			events.publishEvent(new StaffAction("article.autopublish", "article", article.getId(), article.getTitle()));
			announce(article);
			events.publishEvent(before.to(article));
		}
		return due.size();
	}

	// ---- staff: autosave, trash ---------------------------------------------------------

	/** Keeps what the form holds now, apart from the article: never over the live text. */
	@Transactional
	public Instant autosave(Long id, ArticleContent content, PortalUser actor) {
		Article article = findNotDeleted(id);
		requireMayEdit(article, actor);
		ArticleAutosave.Key key = new ArticleAutosave.Key(id, actor.id());
		ArticleAutosave autosave = autosaves.findById(key).orElseGet(() -> new ArticleAutosave(key));
		Instant now = clock.instant();
		autosave.hold(content, now);
		autosaves.save(autosave);
		return now;
	}

	/** The person's autosave, if it is newer than the article's last save. */
	@Transactional(readOnly = true)
	public Optional<ArticleAutosave> newerAutosave(Article article, PortalUser actor) {
		return autosaves.findById(new ArticleAutosave.Key(article.getId(), actor.id()))
			.filter((autosave) -> autosave.getSavedAt().isAfter(article.getUpdatedAt()));
	}

	@Transactional
	public void discardAutosave(Long id, PortalUser actor) {
		autosaves.deleteById(new ArticleAutosave.Key(id, actor.id()));
	}

	@Transactional
	public Article moveToTrash(Long id, PortalUser actor) {
		Article article = findNotDeleted(id);
		boolean ownDraft = actor.role() == Role.AUTHOR && article.isOwnedBy(actor.id())
				&& article.getStatus() != ArticleStatus.PUBLISHED && article.getStatus() != ArticleStatus.SCHEDULED;
		if (!actor.role().mayPublish() && !ownDraft) {
			throw new AccessDeniedException("Not allowed to delete article " + id);
		}
		SeenBefore before = SeenBefore.of(article);
		article.moveToTrash(actor.id(), clock.instant());
		publishEvent(article, "article.trash", article.getTitle());
		announce(article);
		events.publishEvent(before.to(article));
		return article;
	}

	@Transactional
	public Article restoreFromTrash(Long id, PortalUser actor) {
		if (!actor.role().mayPublish()) {
			throw new AccessDeniedException("Only editors restore from the trash");
		}
		Article article = articles.findWithDetails(id).filter(Article::isInTrash)
			.orElseThrow(() -> new NotFoundException("trashed article " + id));
		SeenBefore before = SeenBefore.of(article);
		article.restoreFromTrash();
		publishEvent(article, "article.restore", article.getTitle());
		announce(article);
		events.publishEvent(before.to(article));
		return article;
	}

	/** Deletes for good what is in the trash. Administrators only. */
	@Transactional
	public int emptyTrash(PortalUser actor) {
		if (actor.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only administrators empty the trash");
		}
		List<Article> trashed = articles.findTrash(PageRequest.of(0, Integer.MAX_VALUE)).getContent();
		for (Article article : trashed) {
			article.dropWorkingCopy();
			articles.flush();
			slugHistory.deleteAllByArticleId(article.getId());
			articles.delete(article);
			mediaUsage.forget(MEDIA_OWNER_KIND, article.getId());
			publishEvent(article, "article.purge", article.getTitle());
			events.publishEvent(new SearchableWithdrawn(ArticleSearch.TYPE, article.getId()));
			// In the trash readers saw nothing of it any more.
			events.publishEvent(new ArticleChanged.Unseen(article.getId()));
		}
		return trashed.size();
	}

	@Transactional(readOnly = true)
	public Page<Article> trash(PortalUser actor, int page, int size) {
		if (!actor.role().mayPublish()) {
			throw new AccessDeniedException("Only editors see the trash");
		}
		return articles.findTrash(PageRequest.of(page, size));
	}

	private void publishEvent(Article article, String action, String title) {
		events.publishEvent(new StaffAction(action, "article", article.getId(), title));
	}

	/**
	 * The cover and the files named in the body: shown to readers while the article is live;
	 * those of a draft, of changes waiting on a working copy, of an article in the trash only held.
	 */
	private void recordMediaUse(Article article) {
		Set<Long> current = new HashSet<>(mediaUsage.referencedIn(article.getBody()));
		if (article.getCover() != null) {
			current.add(article.getCover().getId());
		}
		Set<Long> pending = new HashSet<>();
		ArticleRevision working = article.getWorkingRevision();
		if (working != null) {
			pending.addAll(mediaUsage.referencedIn(working.getBody()));
			if (working.getCoverMediaId() != null) {
				pending.add(working.getCoverMediaId());
			}
		}
		if (article.isLive()) {
			mediaUsage.record(MEDIA_OWNER_KIND, article.getId(), current, pending);
		}
		else {
			pending.addAll(current);
			mediaUsage.record(MEDIA_OWNER_KIND, article.getId(), Set.of(), pending);
		}
	}

	/**
	 * Tells the search index what readers may now find: the live text of a published article,
	 * or nothing once it is unpublished, scheduled again or in the trash. Changes waiting on a
	 * working copy are not announced; they reach the index when they are published. The media
	 * library learns the same for the article's pictures and files.
	 */
	private void announce(Article article) {
		recordMediaUse(article);
		if (article.isLive()) {
			events.publishEvent(new SearchableChanged(search.describe(article)));
		}
		else {
			events.publishEvent(new SearchableWithdrawn(ArticleSearch.TYPE, article.getId()));
		}
	}

	// ---- staff: reading -----------------------------------------------------------------

	/** An article as its editor may see it: 404 if missing or in the trash, 403 if not theirs. */
	@Transactional(readOnly = true)
	public Article getForEditing(Long id, PortalUser actor) {
		Article article = findNotDeleted(id);
		requireMayView(article, actor);
		return article;
	}

	/** The article as readers would see it once its pending changes are published. */
	@Transactional(readOnly = true)
	public Article previewOf(Long id, PortalUser actor) {
		Article article = getForEditing(id, actor);
		if (!article.hasWorkingCopy()) {
			return article;
		}
		ArticleContent content = article.editableContent();
		return article.copyWith(content, category(content.categoryId()), media.find(content.coverMediaId()).orElse(null));
	}

	@Transactional(readOnly = true)
	public List<ArticleRevision> history(Long id, PortalUser actor) {
		requireMayView(findNotDeleted(id), actor);
		return revisions.findHistory(id);
	}

	@Transactional(readOnly = true)
	public ArticleRevision revision(Long articleId, Long revisionId, PortalUser actor) {
		requireMayView(findNotDeleted(articleId), actor);
		return revisions.findByIdAndArticleId(revisionId, articleId)
			.orElseThrow(() -> new NotFoundException("revision " + revisionId));
	}

	@Transactional(readOnly = true)
	public Page<Article> list(ArticleFilter filter, PortalUser actor, int page, int size) {
		requireWriter(actor);
		ArticleFilter visible = actor.role() == Role.AUTHOR ? filter.onlyOwnedBy(actor.id()) : filter;
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		return articles.findAll(visible.toSpecification(), request);
	}

	/**
	 * Articles and changes to live articles waiting for an editor. An author sees only their own
	 * in it: the titles and names of others' pending work are not theirs to read.
	 */
	@Transactional(readOnly = true)
	public Page<Article> reviewQueue(PortalUser actor, int page, int size) {
		requireWriter(actor);
		if (actor.role() == Role.AUTHOR) {
			return articles.findReviewQueueOwnedBy(actor.id(), PageRequest.of(page, size));
		}
		return articles.findReviewQueue(PageRequest.of(page, size));
	}

	/** How many articles are in each status: all of them for editors, an author's own for an author. */
	@Transactional(readOnly = true)
	public Map<ArticleStatus, Long> countsByStatus(PortalUser actor) {
		requireWriter(actor);
		Map<ArticleStatus, Long> counts = new LinkedHashMap<>();
		for (ArticleStatus status : ArticleStatus.values()) {
			counts.put(status, actor.role() == Role.AUTHOR
					? articles.countByStatusAndOwnerIdAndDeletedAtIsNull(status, actor.id())
					: articles.countByStatusAndDeletedAtIsNull(status));
		}
		return counts;
	}

	public static boolean mayEdit(Article article, PortalUser actor) {
		return switch (actor.role()) {
			case ADMIN, EDITOR -> true;
			case AUTHOR -> article.isOwnedBy(actor.id()) && (article.getStatus() == ArticleStatus.DRAFT
					|| article.getStatus() == ArticleStatus.PENDING || article.getStatus() == ArticleStatus.UNPUBLISHED);
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
	public List<Article> latest(int count) {
		return articles.findNewestLive(PageRequest.of(0, count));
	}

	@Transactional(readOnly = true)
	public Page<Article> inCategory(Category category, int page, int size) {
		// The ids first (an index-only scan, so page 200 skips index entries, not article rows),
		// then those articles with their category and cover in one statement.
		PageRequest request = PageRequest.of(page, size);
		Page<Long> ids = articles.findLiveIdsInCategory(category, request);
		if (ids.isEmpty()) {
			return new PageImpl<>(List.of(), request, ids.getTotalElements());
		}
		Map<Long, Article> byId = new HashMap<>();
		articles.findWithCategoryAndCover(ids.getContent()).forEach((article) -> byId.put(article.getId(), article));
		List<Article> inOrder = ids.getContent().stream().map(byId::get).filter(Objects::nonNull).toList();
		return new PageImpl<>(inOrder, request, ids.getTotalElements());
	}

	/** Marks the articles whose title starts so as reports on a meeting (for imported and demo content). */
	@Transactional
	public int linkToMeeting(String titleStart, Long meetingId) {
		return articles.linkToMeeting(ArticleFilter.likeEscaped(titleStart) + "%", meetingId);
	}

	/** Marks the articles whose title starts so as reports on a congress (for imported and demo content). */
	@Transactional
	public int linkToCongress(String titleStart, Long congressId) {
		return articles.linkToCongress(ArticleFilter.likeEscaped(titleStart) + "%", congressId);
	}

	@Transactional(readOnly = true)
	public List<SitemapEntry> sitemapEntries() {
		return articles.findLiveSitemapEntries();
	}

	/** Any article by id, whatever its state: for features that keep facts about articles' text. */
	@Transactional(readOnly = true)
	public Optional<Article> find(Long id) {
		return id == null ? Optional.empty() : articles.findById(id);
	}

	/** The live articles among these ids, newest first, with category and cover loaded in one statement. */
	@Transactional(readOnly = true)
	public List<Article> liveAmong(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return articles.findWithCategoryAndCover(ids).stream()
			.filter(Article::isLive)
			.sorted(Comparator.comparing(Article::getPublishedAt).reversed())
			.toList();
	}

	/** Every article's id, oldest first, for features that rebuild what they know about articles. */
	@Transactional(readOnly = true)
	public List<Long> allIds() {
		return articles.findAllIds();
	}

	/** The published reports on a meeting, newest first. */
	@Transactional(readOnly = true)
	public List<Article> reportsOf(Long meetingId) {
		return articles.findLiveByMeeting(meetingId);
	}

	/** The published articles about a congress, newest first. */
	@Transactional(readOnly = true)
	public List<Article> aboutCongress(Long congressId) {
		return articles.findLiveByCongress(congressId);
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

	// ---- rules -------------------------------------------------------------------------

	/**
	 * The status an action leads to. {@code workingSubmitted} tells whether a live article has
	 * changes waiting for review (then "send back" applies to those changes).
	 */
	static ArticleStatus nextStatus(ArticleStatus current, boolean workingSubmitted, EditorAction action) {
		return switch (action) {
			case SAVE -> current;
			case SUBMIT -> switch (current) {
				case PUBLISHED -> ArticleStatus.PUBLISHED;
				default -> ArticleStatus.PENDING;
			};
			case PUBLISH -> ArticleStatus.PUBLISHED;
			case SCHEDULE -> {
				if (current == ArticleStatus.PUBLISHED) {
					throw new WorkflowException("article.workflow.alreadyPublished");
				}
				yield ArticleStatus.SCHEDULED;
			}
			case UNPUBLISH -> {
				if (current != ArticleStatus.PUBLISHED && current != ArticleStatus.SCHEDULED) {
					throw new WorkflowException("article.workflow.notPublished");
				}
				yield ArticleStatus.UNPUBLISHED;
			}
			case SEND_BACK -> {
				if (current == ArticleStatus.PENDING) {
					yield ArticleStatus.DRAFT;
				}
				if (current == ArticleStatus.PUBLISHED && workingSubmitted) {
					yield ArticleStatus.PUBLISHED;
				}
				throw new WorkflowException("article.workflow.nothingToSendBack");
			}
		};
	}

	/** Secret content never reaches readers, whatever the role of the person who tries. */
	static void requirePublishable(ArticleContent content, ArticleStatus target) {
		if (target != ArticleStatus.PUBLISHED && target != ArticleStatus.SCHEDULED) {
			return;
		}
		if (content.classification().isSecret()) {
			throw new ClassifiedContentException(content.classification(), false);
		}
		Classification.markedIn(content.title(), content.body())
			.ifPresent((marking) -> {
				throw new ClassifiedContentException(marking, true);
			});
	}

	private static void requireWriter(PortalUser actor) {
		if (!actor.role().writesArticles()) {
			throw new AccessDeniedException("Role " + actor.role() + " does not write articles");
		}
	}

	private static void requireAllowed(EditorAction action, PortalUser actor) {
		if (action.needsEditor() && !actor.role().mayPublish()) {
			throw new AccessDeniedException("Role " + actor.role() + " may not " + action);
		}
	}

	private static void requireMayEdit(Article article, PortalUser actor) {
		if (!mayEdit(article, actor)) {
			throw new AccessDeniedException("Not allowed to edit article " + article.getId());
		}
	}

	/**
	 * An author picks a cover from what the library shows them (their own uploads, what readers
	 * see already) or keeps the one the article has; not, by its id, a picture of someone else's
	 * unpublished work.
	 */
	private void requireUsableCover(ArticleContent content, Article article, PortalUser actor) {
		Long picked = content.coverMediaId();
		if (picked == null || actor.role().mayPublish() || (article != null && coversOf(article).contains(picked))) {
			return;
		}
		media.find(picked).filter((item) -> !media.mayView(item, actor)).ifPresent((item) -> {
			throw new AccessDeniedException("Not allowed to use media item " + picked);
		});
	}

	/** The cover readers see and the one waiting on a working copy. */
	public static Set<Long> coversOf(Article article) {
		Set<Long> covers = new HashSet<>();
		if (article.getCover() != null) {
			covers.add(article.getCover().getId());
		}
		if (article.getWorkingRevision() != null && article.getWorkingRevision().getCoverMediaId() != null) {
			covers.add(article.getWorkingRevision().getCoverMediaId());
		}
		return covers;
	}

	private static void requireMayView(Article article, PortalUser actor) {
		requireWriter(actor);
		if (actor.role() == Role.AUTHOR && !article.isOwnedBy(actor.id())) {
			throw new AccessDeniedException("Not allowed to see article " + article.getId());
		}
	}

	private Article findNotDeleted(Long id) {
		return articles.findWithDetails(id).filter((found) -> !found.isInTrash())
			.orElseThrow(() -> new NotFoundException("article " + id));
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
			return media.describe(uploaded.getId(), content.coverCaption(), content.title(), null, actor);
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

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
