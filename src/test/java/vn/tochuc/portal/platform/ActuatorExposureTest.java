package vn.tochuc.portal.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors reach the health probes and nothing else of the actuator: no environment,
 * no bean list, no heap dump, no way to shut the portal down.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActuatorExposureTest {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthProbesAnswerAnonymousVisitors(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		// No details: which database, which disk, which version stay private.
		assertThat(response.body()).doesNotContain("components", "postgres", "diskSpace", "details");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/env/spring.datasource.url", "/actuator/beans",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/configprops", "/actuator/mappings",
			"/actuator/loggers", "/actuator/metrics", "/actuator/info", "/actuator/conditions", "/actuator/flyway",
			"/actuator/scheduledtasks", "/actuator/caches", "/actuator/sessions", "/actuator/auditevents",
			"/actuator/httpexchanges", "/actuator/logfile", "/actuator/prometheus", "/actuator/sbom",
			"/actuator/startup", "/actuator/modulith", "/actuator/health/db", "/actuator/health/diskSpace" })
	void everyOtherEndpointIsHidden(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isIn(401, 403, 404);
		assertThat(response.body()).as(path).doesNotContain("jdbc:postgresql", "test-admin-password", "\"beans\"", "\"propertySources\"");
	}

	@Test
	void theShutdownEndpointCannotBePosted() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/shutdown"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(401, 403, 404);
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void theActuatorIndexListsOnlyHealth() throws Exception {
		HttpResponse<String> response = get("/actuator");
		if (response.statusCode() == 200) {
			assertThat(response.body()).contains("/actuator/health")
				.doesNotContain("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics");
		}
		else {
			assertThat(response.statusCode()).isIn(401, 403, 404);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
