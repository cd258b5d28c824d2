package vn.tochuc.portal.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.media.MediaStorage;
import vn.tochuc.portal.media.MediaUsage;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.Slugs;

/**
 * Serves stored files. Readers get a file only while content they can see uses it (see
 * {@link MediaUsage}): a trashed document's PDF or an unpublished article's cover answers 404,
 * and comes back with its record. Staff get every file, never from a shared cache.
 *
 * <p>The portal's origin never renders a file as a page: pictures are shown inline with
 * {@code nosniff}, everything else (PDFs) is a download, and every file carries a sandboxing
 * CSP in case a browser opens it anyway.
 */
@Controller
class MediaFileController {

	/** Readers' copies are checked again after five minutes, so a withdrawn file does not linger in caches. */
	static final CacheControl READERS = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().mustRevalidate();

	static final CacheControl STAFF = CacheControl.noCache().cachePrivate();

	/** No scripts, no plugins, no same-origin access: a unique origin even if the file were HTML. */
	static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

	private static final Pattern NOT_PLAIN_ASCII = Pattern.compile("[^A-Za-z0-9 ._()+-]");

	private final MediaStorage storage;

	private final MediaLibrary library;

	private final MediaUsage usage;

	MediaFileController(MediaStorage storage, MediaLibrary library, MediaUsage usage) {
		this.storage = storage;
		this.library = library;
		this.usage = usage;
	}

	@GetMapping("/media/{year:\\d{4}}/{month:\\d{2}}/{name:[0-9a-f-]{36}(?:-w\\d{2,4})?\\.(?:jpg|png|webp|pdf)}")
	ResponseEntity<InputStreamResource> file(@PathVariable String year, @PathVariable String month,
			@PathVariable String name, @AuthenticationPrincipal PortalUser staff, ServletWebRequest request)
			throws IOException {
		String key = year + "/" + month + "/" + name;
		String extension = name.substring(name.lastIndexOf('.') + 1);
		// A resized copy belongs to its original's row: "…-w768.jpg" is "….jpg" at 768 pixels.
		String originalKey = key.replaceFirst("-w\\d{2,4}\\.", ".");
		MediaItem item = library.findByKey(originalKey).orElseThrow(() -> new NotFoundException("media " + key));
		if (staff == null && !usage.isShownToReaders(item.getId())) {
			// Exactly like a file that does not exist: readers learn nothing of unpublished content.
			throw new NotFoundException("media " + key);
		}
		CacheControl cache = staff == null ? READERS : STAFF;
		String etag = "\"" + name + "\"";
		// The check above ran first: a conditional request never skips it.
		request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, cache.getHeaderValue());
		if (request.checkNotModified(etag)) {
			return null;
		}
		InputStream content = storage.open(key).orElseThrow(() -> new NotFoundException("media " + key));
		vn.tochuc.portal.media.MediaType known = vn.tochuc.portal.media.MediaType.fromExtension(extension)
			.orElseThrow(() -> new NotFoundException("media " + key));
		return ResponseEntity.ok()
			.cacheControl(cache)
			.eTag(etag)
			.contentType(MediaType.parseMediaType(known.mimeType()))
			.contentLength(storage.size(key))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(known, name, item.getOriginalName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", SANDBOX)
			.body(new InputStreamResource(content));
	}

	/**
	 * Pictures inline under the server's name; any other file as a download, named as it was
	 * uploaded (RFC 6266 with an RFC 5987 UTF-8 name and a plain-ASCII fallback), always ending in
	 * the extension of what it really is, so "trang.html" that is a PDF is saved as a PDF.
	 */
	static String disposition(vn.tochuc.portal.media.MediaType type, String serverName, String originalName) {
		if (type.isImage()) {
			return "inline; filename=\"" + serverName + "\"";
		}
		String name = originalName == null || originalName.isBlank() ? serverName : originalName.strip();
		if (!name.toLowerCase(Locale.ROOT).endsWith("." + type.extension())) {
			name = name + "." + type.extension();
		}
		String fallback = NOT_PLAIN_ASCII.matcher(Slugs.stripDiacritics(name)).replaceAll("_");
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name, StandardCharsets.UTF_8);
	}

}
