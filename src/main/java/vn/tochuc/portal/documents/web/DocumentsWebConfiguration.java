package vn.tochuc.portal.documents.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tochuc.portal.documents.DocumentLinks;
import vn.tochuc.portal.documents.DocumentMention.Source;
import vn.tochuc.portal.documents.DocumentReference;
import vn.tochuc.portal.documents.MentionRecognizer;
import vn.tochuc.portal.documents.MentionScanner;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.news.Article;

/**
 * Links documents wherever the portal names them, without news or meetings knowing about
 * documents: an article's body gets links to the documents it mentions, a meeting's list of
 * documents links to their records, and the article form shows the mentions it found.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsWebConfiguration implements WebMvcConfigurer {

	/** Absent in web slices that test other modules' controllers alone; then nothing is linked. */
	private final ObjectProvider<DocumentLinks> links;

	private final ObjectProvider<MeetingService> meetings;

	DocumentsWebConfiguration(ObjectProvider<DocumentLinks> links, ObjectProvider<MeetingService> meetings) {
		this.links = links;
		this.meetings = meetings;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		DocumentLinks service = links.getIfAvailable();
		if (service != null) {
			registry.addInterceptor(new MentionInterceptor(service, meetings.getIfAvailable()))
				.addPathPatterns("/bai-viet/**", "/hoi-nghi/**", "/admin/articles/**");
		}
	}

	static final class MentionInterceptor implements HandlerInterceptor {

		private static final int CACHED_BODIES = 500;

		private final DocumentLinks links;

		private final MeetingService meetings;

		/** A body as stored and as shown with its links. */
		private record Linked(String source, String html) {
		}

		/**
		 * Linked bodies by article and link generation: rendered once, served many times. The
		 * stored body is kept beside it and compared, so a preview of a draft never gets the
		 * live text's links, nor the other way round.
		 */
		private final Map<String, Linked> linkedBodies = java.util.Collections
			.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Linked> eldest) {
					return size() > CACHED_BODIES;
				}
			});

		MentionInterceptor(DocumentLinks links, MeetingService meetings) {
			this.links = links;
			this.meetings = meetings;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view == null || view.getViewName() == null) {
				return;
			}
			Map<String, Object> model = view.getModel();
			switch (view.getViewName()) {
				case "news/article" -> {
					if (model.get("article") instanceof Article article && article.getId() != null) {
						model.put("linkedBody", linkedBody(article));
						if (meetings != null && article.getMeetingId() != null) {
							meetings.find(article.getMeetingId())
								.ifPresent((meeting) -> model.put("meetingDocumentLinks", documentLinks(meeting)));
						}
					}
				}
				case "meetings/meeting" -> {
					if (model.get("meeting") instanceof Meeting meeting) {
						model.put("meetingDocumentLinks", documentLinks(meeting));
					}
				}
				case "news/admin/form" -> {
					if (model.get("article") instanceof Article article && article.getId() != null) {
						model.put("documentMentions", links.preview(Source.ARTICLE, article.getId(),
								MentionScanner.textOf(article.editableContent())));
					}
				}
				default -> {
				}
			}
		}

		private String linkedBody(Article article) {
			String body = article.getBody();
			String key = article.getId() + "#" + links.generation() + "#" + (body == null ? 0 : body.hashCode());
			Linked cached = linkedBodies.get(key);
			if (cached != null && java.util.Objects.equals(cached.source(), body)) {
				return cached.html();
			}
			String html = DocumentLinks.linkMentions(body, links.targets(Source.ARTICLE, article.getId()));
			linkedBodies.put(key, new Linked(body, html));
			return html;
		}

		/** Each line of the meeting's documents that names a known record → that record's page. */
		private Map<String, String> documentLinks(Meeting meeting) {
			Map<String, DocumentLinks.Target> targets = links.targets(Source.MEETING, meeting.getId());
			Map<String, String> paths = new LinkedHashMap<>();
			for (String line : meeting.getDocumentItems()) {
				List<DocumentReference> named = MentionRecognizer.find(line);
				named.stream()
					.map((reference) -> targets.get(reference.key()))
					.filter(java.util.Objects::nonNull)
					.findFirst()
					.ifPresent((target) -> paths.put(line, target.path()));
			}
			return paths;
		}

	}

}
