package vn.tochuc.portal.comments.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tochuc.portal.comments.CommentService;
import vn.tochuc.portal.news.Article;

/**
 * Puts "Ý kiến bạn đọc" under every published article without the news module knowing about
 * comments: the approved comments and the form go into the model of the article view, and the
 * article template includes templates/comments/fragments.html only when they are there.
 */
@Configuration(proxyBeanMethods = false)
class CommentsWebConfiguration implements WebMvcConfigurer {

	static final String ARTICLE_VIEW = "news/article";

	/** Absent in web slices that test other modules' controllers alone; then no comments are added. */
	private final ObjectProvider<CommentService> comments;

	CommentsWebConfiguration(ObjectProvider<CommentService> comments) {
		this.comments = comments;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		CommentService service = comments.getIfAvailable();
		if (service != null) {
			// Public article pages only: a draft's preview under /admin gets no comment form.
			registry.addInterceptor(new ArticleCommentsInterceptor(service)).addPathPatterns("/bai-viet/*");
		}
	}

	static final class ArticleCommentsInterceptor implements HandlerInterceptor {

		private final CommentService comments;

		ArticleCommentsInterceptor(CommentService comments) {
			this.comments = comments;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view == null || !ARTICLE_VIEW.equals(view.getViewName())) {
				return;
			}
			Map<String, Object> model = view.getModel();
			if (!(model.get("article") instanceof Article article) || !article.isLive()) {
				return;
			}
			model.put("comments", comments.approved(article.getId()));
			model.put("commentAction", article.getPath() + "/y-kien");
			if (model.containsKey("commentForm") || model.containsKey(CommentController.POSTED)) {
				// The page carries this reader's message or typed text: never keep it in a shared cache.
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			model.putIfAbsent("commentForm", new CommentForm());
		}

	}

}
