package vn.tochuc.portal.congress.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tochuc.portal.congress.CongressResult;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.news.Article;

/**
 * Puts congresses beside articles without the news module knowing about them: an article about a
 * congress gets a small box of its facts and results, and the article form the list to pick from.
 */
@Configuration(proxyBeanMethods = false)
class CongressWebConfiguration implements WebMvcConfigurer {

	/** Absent in web slices that test other modules' controllers alone; then nothing is added. */
	private final ObjectProvider<CongressService> congresses;

	CongressWebConfiguration(ObjectProvider<CongressService> congresses) {
		this.congresses = congresses;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		CongressService service = congresses.getIfAvailable();
		if (service != null) {
			registry.addInterceptor(new CongressInterceptor(service))
				.addPathPatterns("/bai-viet/**", "/admin/articles/**");
		}
	}

	static final class CongressInterceptor implements HandlerInterceptor {

		private final CongressService congresses;

		CongressInterceptor(CongressService congresses) {
			this.congresses = congresses;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view == null || view.getViewName() == null) {
				return;
			}
			Map<String, Object> model = view.getModel();
			if ("news/article".equals(view.getViewName())) {
				Long congressId = model.get("article") instanceof Article article ? article.getCongressId() : null;
				congresses.find(congressId).ifPresent((congress) -> {
					model.put("congress", congress);
					model.put("congressResult", congresses.result(congress.getId()).map(CongressResult::values)
						.orElse(null));
				});
			}
			else if ("news/admin/form".equals(view.getViewName())) {
				model.put("congressOptions", congresses.forPicking());
			}
		}

	}

}
