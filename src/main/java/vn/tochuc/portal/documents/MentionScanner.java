package vn.tochuc.portal.documents;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.documents.DocumentMention.Source;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.StaffAction;

/**
 * Reads an article or a meeting record again whenever staff change it (every change is a
 * {@link StaffAction}), inside the same transaction, so its mentions are never out of date.
 * A live article is read as the public sees it; a draft as its author last saved it.
 */
@Component
public class MentionScanner {

	private final DocumentLinks links;

	private final ArticleService articles;

	private final MeetingService meetings;

	MentionScanner(DocumentLinks links, ArticleService articles, MeetingService meetings) {
		this.links = links;
		this.articles = articles;
		this.meetings = meetings;
	}

	@EventListener
	void on(StaffAction action) {
		if (!(action.targetId() instanceof Number id)) {
			return;
		}
		if ("article".equals(action.targetType())) {
			scanArticle(id.longValue());
		}
		else if ("meeting".equals(action.targetType())) {
			scanMeeting(id.longValue());
		}
	}

	/**
	 * Reads every article and meeting again: after loading demo content or importing articles
	 * without staff actions, or when staff ask for it. Returns how many texts were read.
	 */
	@Transactional
	public int scanAll() {
		List<Long> articleIds = articles.allIds();
		List<Long> meetingIds = meetings.allIds();
		articleIds.forEach(this::scanArticle);
		meetingIds.forEach(this::scanMeeting);
		return articleIds.size() + meetingIds.size();
	}

	void scanArticle(Long id) {
		articles.find(id).ifPresentOrElse((article) -> links.rescan(Source.ARTICLE, id, textOf(article)),
				() -> links.forget(Source.ARTICLE, id));
	}

	void scanMeeting(Long id) {
		meetings.find(id).ifPresentOrElse((meeting) -> links.rescan(Source.MEETING, id, textOf(meeting)),
				() -> links.forget(Source.MEETING, id));
	}

	static String textOf(Article article) {
		if (article.isLive()) {
			return String.join("\n", article.getTitle(), nullToEmpty(article.getSummary()),
					DocumentLinks.plainText(article.getBody()));
		}
		ArticleContent content = article.editableContent();
		return textOf(content);
	}

	public static String textOf(ArticleContent content) {
		return String.join("\n", nullToEmpty(content.title()), nullToEmpty(content.summary()),
				DocumentLinks.plainText(content.body()));
	}

	static String textOf(Meeting meeting) {
		return String.join("\n", List.of(meeting.getTitle(), nullToEmpty(meeting.getSummary()),
				nullToEmpty(meeting.getAgenda()), nullToEmpty(meeting.getDocuments())));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
