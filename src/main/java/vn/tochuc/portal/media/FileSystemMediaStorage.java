package vn.tochuc.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.tochuc.portal.platform.PortalProperties;

/** Media files under PORTAL_DATA_DIR/media, written atomically (temp file, then move). */
@Component
class FileSystemMediaStorage implements MediaStorage {

	/** yyyy/MM/uuid.ext and nothing else: no dots to climb out, no separators of the caller's. */
	static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}(-w\\d{2,4})?\\.(jpg|png|webp|pdf)");

	private final Path root;

	FileSystemMediaStorage(PortalProperties properties) {
		this.root = properties.mediaDir().toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] content) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			Files.write(temp, content);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public Optional<InputStream> open(String key) throws IOException {
		if (!KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		Path file = resolve(key);
		return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
	}

	@Override
	public long size(String key) throws IOException {
		return Files.size(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	private Path resolve(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		Path file = root.resolve(key).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		return file;
	}

}
