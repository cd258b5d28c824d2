package vn.tochuc.portal.site.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tochuc.portal.platform.PortalProperties;

/** Keeps crawlers out of the staff area and the login form. */
@Controller
class RobotsController {

	static final String ROBOTS = """
			User-agent: *
			Disallow: /admin
			Disallow: /login
			Disallow: /tim-kiem
			""";

	private final PortalProperties properties;

	RobotsController(PortalProperties properties) {
		this.properties = properties;
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String base = properties.site().baseUrl().replaceAll("/$", "");
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(ROBOTS + "Sitemap: " + base + "/sitemap.xml\n");
	}

}
