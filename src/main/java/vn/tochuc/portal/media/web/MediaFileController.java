package vn.tochuc.portal.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tochuc.portal.media.MediaStorage;
import vn.tochuc.portal.platform.NotFoundException;

/** Serves stored files. Names are random and content never changes, so caches may keep them for a year. */
@Controller
class MediaFileController {

	private final MediaStorage storage;

	MediaFileController(MediaStorage storage) {
		this.storage = storage;
	}

	@GetMapping("/media/{year:\\d{4}}/{month:\\d{2}}/{name:[0-9a-f-]{36}(?:-w\\d{2,4})?\\.(?:jpg|png|webp|pdf)}")
	ResponseEntity<InputStreamResource> file(@PathVariable String year, @PathVariable String month,
			@PathVariable String name) throws IOException {
		String key = year + "/" + month + "/" + name;
		InputStream content = storage.open(key).orElseThrow(() -> new NotFoundException("media " + key));
		String extension = name.substring(name.lastIndexOf('.') + 1);
		MediaType type = vn.tochuc.portal.media.MediaType.fromExtension(extension)
			.map((known) -> MediaType.parseMediaType(known.mimeType()))
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
		ContentDisposition disposition = ContentDisposition.inline().filename(name).build();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.contentType(type)
			.contentLength(storage.size(key))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

}
