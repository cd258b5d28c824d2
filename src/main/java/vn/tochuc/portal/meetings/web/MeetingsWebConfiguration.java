package vn.tochuc.portal.meetings.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tochuc.portal.meetings.MeetingService;

/**
 * Puts meetings beside articles without the news module knowing about meetings: a report's
 * page gets its meeting's fact box, and the article form the list of meetings to pick from.
 */
@Configuration(proxyBeanMethods = false)
class MeetingsWebConfiguration implements WebMvcConfigurer {

	/** Absent in web slices that test other modules' controllers alone; then no meeting is added. */
	private final ObjectProvider<MeetingService> meetings;

	MeetingsWebConfiguration(ObjectProvider<MeetingService> meetings) {
		this.meetings = meetings;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		MeetingService service = meetings.getIfAvailable();
		if (service != null) {
			registry.addInterceptor(new ReportInterceptor(service)).addPathPatterns("/bai-viet/**", "/admin/articles/**");
		}
	}

	static final class ReportInterceptor implements HandlerInterceptor {

		private final MeetingService meetings;

		ReportInterceptor(MeetingService meetings) {
			this.meetings = meetings;
		}

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView view) {
			if (view == null || view.getViewName() == null) {
				return;
			}
			Map<String, Object> model = view.getModel();
			if ("news/article".equals(view.getViewName())) {
				Long meetingId = meetingIdOf(model.get("article"));
				meetings.find(meetingId).ifPresent((meeting) -> model.put("meeting", meeting));
			}
			else if ("news/admin/form".equals(view.getViewName())) {
				model.put("meetingOptions", meetings.recentForPicking());
			}
		}

		/** The meeting the shown article reports on, if any. */
		private static Long meetingIdOf(Object article) {
			if (article instanceof vn.tochuc.portal.news.Article found) {
				return found.getMeetingId();
			}
			return null;
		}

	}

}
