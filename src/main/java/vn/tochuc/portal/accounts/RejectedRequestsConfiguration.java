package vn.tochuc.portal.accounts;

import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.CompositeRequestRejectedHandler;
import org.springframework.security.web.firewall.ObservationMarkingRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * A request Spring Security's firewall refuses before any filter of the chain ran ({@code //evil.example/},
 * {@code ;jsessionid=} in the path, an encoded slash) still gets the portal's 400 page, and now
 * with the same security headers as every other page: the chain's header writer never saw it.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequestsConfiguration {

	static final List<HeaderWriter> SECURITY_HEADERS = List.of(
			new ContentSecurityPolicyHeaderWriter(SecurityConfiguration.CONTENT_SECURITY_POLICY),
			new XContentTypeOptionsHeaderWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN), new HstsHeaderWriter());

	@Bean
	RequestRejectedHandler requestRejectedHandler(ObjectProvider<ObservationRegistry> observations) {
		RequestRejectedHandler withHeaders = (request, response, rejected) -> {
			SECURITY_HEADERS.forEach((writer) -> writer.writeHeaders(request, response));
			response.sendError(400);
		};
		// Like Spring Security's default, the refusal is also marked in the request's observation.
		return new CompositeRequestRejectedHandler(
				new ObservationMarkingRequestRejectedHandler(observations.getIfAvailable(() -> ObservationRegistry.NOOP)),
				withHeaders);
	}

}
