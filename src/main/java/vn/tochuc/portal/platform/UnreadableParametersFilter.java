package vn.tochuc.portal.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * A request whose parameters cannot be read ({@code /tim-kiem?q=%C3%28}: percent-escapes that are
 * not UTF-8, a broken escape, a form body of the same kind, more parameters than Tomcat takes)
 * would throw at the first {@code getParameter} anywhere, and the exception went to the log with
 * its whole stack trace: anyone could fill the disk. Here it is refused first with 400 and the
 * portal's error page, and logged in one line. The error page is rendered for a copy of the request
 * without parameters, because Tomcat would throw again at every read. Nothing before Spring
 * Security's header writer reads parameters (the page cache reads the raw query string).
 *
 * <p>Multipart bodies are left alone: they are read by {@code OversizedUploadFilter} and Spring MVC.
 */
final class UnreadableParametersFilter implements Filter {

	private static final Log log = LogFactory.getLog(UnreadableParametersFilter.class);

	static final String REFUSED = UnreadableParametersFilter.class.getName() + ".REFUSED";

	private static final int LOGGED_PATH_LENGTH = 200;

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		if (request.getAttribute(REFUSED) != null) {
			chain.doFilter(new RequestWithoutParameters(request), servletResponse);
			return;
		}
		String problem = problem(request);
		if (problem == null) {
			chain.doFilter(servletRequest, servletResponse);
			return;
		}
		request.setAttribute(REFUSED, problem);
		String path = request.getRequestURI();
		log.info("400 for " + request.getMethod() + " "
				+ (path.length() > LOGGED_PATH_LENGTH ? path.substring(0, LOGGED_PATH_LENGTH) + "…" : path) + ": " + problem);
		((HttpServletResponse) servletResponse).sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/** Why the parameters cannot be read, or null when they can. */
	static String problem(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && !isReadable(query)) {
			return "query string is not valid percent-encoded UTF-8";
		}
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException unreadable) {
				// Tomcat's InvalidParameterException; its message may quote the request, so it is not logged.
				return "form body cannot be read as UTF-8 parameters";
			}
		}
		return null;
	}

	/** Whether the text's percent-escapes are complete and decode to valid UTF-8. */
	static boolean isReadable(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				if (i + 2 >= encoded.length()) {
					return false;
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else if (c < 0x80) {
				bytes.write(c);
			}
			else {
				// Tomcat refuses raw non-ASCII in the request line; a test client may send it as text.
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

	/**
	 * In the security chain just after the header writer, so the 400 page carries the security
	 * headers, and before the CSRF check, the first to read a parameter. Also on the error
	 * dispatch, which then sees the request without parameters.
	 */
	@Configuration(proxyBeanMethods = false)
	static class InTheSecurityChain {

		@Bean
		Customizer<HttpSecurity> unreadableParametersRefused() {
			return (http) -> http.addFilterAfter(new UnreadableParametersFilter(), HeaderWriterFilter.class);
		}

	}

}
