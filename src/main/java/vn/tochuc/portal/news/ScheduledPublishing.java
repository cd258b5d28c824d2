package vn.tochuc.portal.news;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Puts scheduled articles online when their time (Asia/Ho_Chi_Minh on the form) has come. */
@Component
class ScheduledPublishing {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	private final ArticleService articles;

	ScheduledPublishing(ArticleService articles) {
		this.articles = articles;
	}

	@Scheduled(fixedDelayString = "${portal.scheduling.interval:20s}", initialDelayString = "${portal.scheduling.initial-delay:10s}")
	void publishDue() {
		int published = articles.publishDue();
		if (published > 0) {
			log.info("Published {} scheduled article(s)", published);
		}
	}

}
