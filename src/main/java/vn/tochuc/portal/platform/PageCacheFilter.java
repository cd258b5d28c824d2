package vn.tochuc.portal.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers' GET requests from the {@link PageCache} and fills it. Runs first,
 * before the request observation and Spring Security, so a kept page costs neither (kept pages
 * are therefore not in the {@code http.server.requests} metrics): a request with a
 * session (every signed-in staff member has one) or credentials is never served from here, and
 * a kept page carries the security headers the chain wrote when it was rendered. It runs around
 * the ETag filter, so a kept page keeps the ETag it was first served with.
 *
 * <p>A page is kept only when it was answered 200 as HTML to an anonymous reader, set no
 * cookie and created no session (a page that needed a CSRF token or a flash message did).
 * A conditional GET for a kept page is answered 304 from its ETag or Last-Modified without
 * rendering anything.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** Not reader pages, or pages that are never the same for two people. */
	private static final String[] NEVER = { "/admin", "/login", "/logout", "/media/", "/webjars/", "/vendor/", "/css/", "/js/",
			"/img/", "/actuator", "/error", "/favicon.ico" };

	/** Headers that belong to one answer, not to the page: never kept. */
	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-encoding",
			"transfer-encoding", "date", "connection", "keep-alive");

	/** How long a reader waits for someone else's rendering of the same page before rendering it too. */
	private static final long RENDERING_WAIT_SECONDS = 10;

	private final PageCache cache;

	private final LocaleResolver locales;

	PageCacheFilter(PageCache cache, LocaleResolver locales) {
		this.cache = cache;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!cache.isEnabled() || !"GET".equals(request.getMethod()) || switchesLanguage(request.getQueryString())
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getSession(false) != null) {
			return true;
		}
		String path = request.getRequestURI();
		for (String prefix : NEVER) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Read from the query string itself: this filter runs before the request's parameters are set up. */
	static boolean switchesLanguage(String query) {
		return query != null && (query.startsWith("lang=") || query.contains("&lang="));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageCache.Key key = new PageCache.Key(request.getRequestURI(), request.getQueryString(),
				locales.resolveLocale(request).toLanguageTag(), request.isSecure());
		PageCache.Page page = cache.get(key);
		if (page != null) {
			serve(page, request, response);
			return;
		}
		CompletableFuture<PageCache.Page> mine = new CompletableFuture<>();
		CompletableFuture<PageCache.Page> underWay = cache.startRendering(key, mine);
		if (underWay != null) {
			// A flood after a change: one request renders the page, the others wait for it.
			PageCache.Page shared = awaitRendering(underWay);
			if (shared != null) {
				serve(shared, request, response);
				return;
			}
			renderAndKeep(key, request, response, chain);
			return;
		}
		PageCache.Page kept = null;
		try {
			kept = renderAndKeep(key, request, response, chain);
		}
		finally {
			cache.rendered(key, mine, kept);
		}
	}

	private PageCache.Page renderAndKeep(PageCache.Key key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		long generation = cache.generation();
		ContentCachingResponseWrapper capturing = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, capturing);
			if (keepable(request, capturing)) {
				byte[] body = capturing.getContentAsByteArray();
				return cache.store(key, gzip(body), body.length, keptHeaders(capturing),
						PageCache.everyViewActions(request), generation);
			}
			return null;
		}
		finally {
			capturing.copyBodyToResponse();
		}
	}

	private static PageCache.Page awaitRendering(CompletableFuture<PageCache.Page> underWay) {
		try {
			return underWay.get(RENDERING_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private static boolean keepable(HttpServletRequest request, HttpServletResponse response) {
		String contentType = response.getContentType();
		return response.getStatus() == HttpServletResponse.SC_OK && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("text/html")
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& response.getHeader(HttpHeaders.CONTENT_ENCODING) == null && request.getSession(false) == null;
	}

	private static List<Map.Entry<String, String>> keptHeaders(HttpServletResponse response) {
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		if (response.getContentType() != null) {
			kept.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getContentType()));
		}
		for (String name : response.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (NOT_KEPT.contains(lower) || lower.equals("content-type")) {
				continue;
			}
			for (String value : response.getHeaders(name)) {
				kept.add(Map.entry(name, value));
			}
		}
		return kept;
	}

	private static void serve(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		for (var action : page.onEveryView()) {
			action.accept(request);
		}
		for (Map.Entry<String, String> header : page.headers()) {
			if (header.getKey().equals(HttpHeaders.CONTENT_TYPE)) {
				response.setContentType(header.getValue());
			}
			else {
				response.addHeader(header.getKey(), header.getValue());
			}
		}
		String etag = page.header(HttpHeaders.ETAG);
		ServletWebRequest conditional = new ServletWebRequest(request, response);
		if (etag != null ? conditional.checkNotModified(etag, page.lastModified())
				: conditional.checkNotModified(page.lastModified())) {
			return;
		}
		if (page.header(HttpHeaders.LAST_MODIFIED) == null && response.getHeader(HttpHeaders.LAST_MODIFIED) == null) {
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		}
		if (acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.gzipBody().length);
			response.getOutputStream().write(page.gzipBody());
		}
		else {
			response.setContentLength(page.plainLength());
			try (InputStream plain = new GZIPInputStream(new java.io.ByteArrayInputStream(page.gzipBody()))) {
				plain.transferTo(response.getOutputStream());
			}
		}
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")
				&& !accepted.toLowerCase(Locale.ROOT).contains("gzip;q=0");
	}

	static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (OutputStream out = new GZIPOutputStream(compressed)) {
			out.write(body);
		}
		return compressed.toByteArray();
	}

}
