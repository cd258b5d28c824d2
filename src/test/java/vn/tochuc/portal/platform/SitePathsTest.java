package vn.tochuc.portal.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A path from the request, written back as a link, stays on the site. */
class SitePathsTest {

	@Test
	void plainPathsStayAsTheyAre() {
		for (String path : List.of("/", "/tim-kiem", "/bai-viet/hoi-nghi-2026", "/chuyen-muc/tin-tuc/", "/bai-viet/ti%E1%BA%BFng-vi%E1%BB%87t")) {
			assertThat(SitePaths.sameSite(path)).isEqualTo(path);
		}
	}

	@Test
	void anythingABrowserCouldReadAsAnotherHostGoesHome() {
		for (String path : List.of("//evil.example/", "///evil.example", "/\\evil.example", "/\\/evil.example",
				"\\\\evil.example", "https://evil.example/", "evil.example", " //evil.example", "/\t/evil.example",
				"/%2F%2Fevil.example", "/%5Cevil.example", "/.//evil.example/", "/a/../..//evil.example", "/%2e%2e/x",
				"/a/./b", "/a/..", "")) {
			assertThat(SitePaths.sameSite(path)).as(path).isEqualTo("/");
		}
		assertThat(SitePaths.sameSite(null)).isEqualTo("/");
	}

	@Test
	void pathParametersAreDropped() {
		assertThat(SitePaths.sameSite("/bai-viet/x;jsessionid=ABC123")).isEqualTo("/bai-viet/x");
		assertThat(SitePaths.sameSite("/;jsessionid=ABC123")).isEqualTo("/");
		assertThat(SitePaths.sameSite("/;/evil.example")).isEqualTo("/");
	}

}
