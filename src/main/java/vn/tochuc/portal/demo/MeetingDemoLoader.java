package vn.tochuc.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingDetails;
import vn.tochuc.portal.meetings.MeetingFilter;
import vn.tochuc.portal.meetings.MeetingFormat;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.PortalProperties;

/** The demo meetings (demo/meetings.yml), linked to the demo articles that report on them. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MeetingDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MeetingDemoLoader.class);

	static final String RESOURCE = "demo/meetings.yml";

	private final DemoContentLoader demo;

	private final MeetingService meetings;

	private final ArticleService articles;

	private final PortalProperties properties;

	private final Clock clock;

	MeetingDemoLoader(DemoContentLoader demo, MeetingService meetings, ArticleService articles,
			PortalProperties properties, Clock clock) {
		this.demo = demo;
		this.meetings = meetings;
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || meetings.search(MeetingFilter.none(), 0, 1).getTotalElements() > 0) {
			return;
		}
		int count = load();
		log.info("Loaded {} demo meetings", count);
	}

	@SuppressWarnings("unchecked")
	int load() {
		List<Map<String, Object>> entries = (List<Map<String, Object>>) readYaml().get("meetings");
		Instant now = clock.instant();
		for (Map<String, Object> entry : entries) {
			Instant startsAt = local((String) entry.get("startsAt"));
			Instant endsAt = entry.containsKey("endsAt") ? local((String) entry.get("endsAt")) : null;
			MeetingStatus status = entry.containsKey("status") ? MeetingStatus.valueOf((String) entry.get("status"))
					: (startsAt.isBefore(now) ? MeetingStatus.HELD : MeetingStatus.PLANNED);
			MeetingDetails details = new MeetingDetails((String) entry.get("title"),
					MeetingKind.valueOf((String) entry.get("kind")), startsAt, endsAt, (String) entry.get("place"),
					MeetingFormat.valueOf((String) entry.get("format")), (Integer) entry.get("bridgePoints"),
					(String) entry.get("organiser"), null, lines(entry.get("agenda")), lines(entry.get("documents")),
					status, strings(entry.get("chairs")), strings(entry.get("attendees")));
			Meeting meeting = meetings.create(details);
			for (String report : strings(entry.get("reports"))) {
				articles.linkToMeeting(report, meeting.getId());
			}
		}
		return entries.size();
	}

	private Instant local(String value) {
		return LocalDateTime.parse(value).atZone(properties.site().zone()).toInstant();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}

	private static String lines(Object value) {
		List<String> items = strings(value);
		return items.isEmpty() ? null : String.join("\n", items);
	}

	private static Map<String, Object> readYaml() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

}
