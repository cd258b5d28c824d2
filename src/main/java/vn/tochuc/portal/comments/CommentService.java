package vn.tochuc.portal.comments;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.ReaderPostLimiter;
import vn.tochuc.portal.platform.StaffAction;

/** Posting, listing and moderating readers' comments. */
@Service
public class CommentService {

	/** The limiter's name for this form. */
	static final String FORM = "comment";

	public enum Outcome {
		/** Saved, waiting for moderation. */
		RECEIVED,
		/** Too many posts from this address lately: nothing saved. */
		THROTTLED
	}

	private final CommentRepository comments;

	private final ArticleService articles;

	private final ReaderPostLimiter limiter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentService(CommentRepository comments, ArticleService articles, ReaderPostLimiter limiter,
			ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.articles = articles;
		this.limiter = limiter;
		this.events = events;
		this.clock = clock;
	}

	/** The live article readers may comment on. */
	@Transactional(readOnly = true)
	public Optional<Article> commentable(String slug) {
		return articles.findLive(slug);
	}

	/** Saves a reader's comment for moderation, unless the address has posted too much lately. */
	@Transactional
	public Outcome submit(Article article, CommentDraft draft, String clientAddress) {
		if (!limiter.tryAcquire(FORM, clientAddress)) {
			return Outcome.THROTTLED;
		}
		comments.save(new Comment(article, clean(draft.name()), clean(draft.email()), cleanText(draft.text()),
				clock.instant()));
		return Outcome.RECEIVED;
	}

	@Transactional(readOnly = true)
	public List<Comment> approved(Long articleId) {
		return comments.findApproved(articleId);
	}

	@Transactional(readOnly = true)
	public Page<Comment> queue(CommentStatus status, int page, int size) {
		return comments.findByStatus(status, PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public Map<CommentStatus, Long> counts() {
		Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
		for (CommentStatus status : CommentStatus.values()) {
			counts.put(status, comments.countByStatus(status));
		}
		return counts;
	}

	/** Approves, rejects or marks a comment as spam; a stale version changes nothing (409). */
	@Transactional
	public Comment moderate(Long id, long version, CommentStatus target, PortalUser actor) {
		if (target == CommentStatus.PENDING) {
			throw new IllegalArgumentException("a comment is moderated to approved, rejected or spam");
		}
		Comment comment = comments.findById(id).orElseThrow(() -> new NotFoundException("comment " + id));
		if (comment.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Comment.class, id);
		}
		CommentStatus before = comment.getStatus();
		comment.moderate(target, actor.id(), clock.instant());
		comments.flush();
		events.publishEvent(new StaffAction("comment." + target.name().toLowerCase(), "comment", id,
				comment.getAuthorName() + " – " + comment.getArticle().getTitle()));
		events.publishEvent(CommentModerated.of(id, comment.getArticle().getId(), before, target));
		return comment;
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip();
	}

	/** Plain text as typed, with Windows line ends made plain and surrounding blank space removed. */
	static String cleanText(String text) {
		return clean(text).replace("\r\n", "\n").replace('\r', '\n');
	}

}
