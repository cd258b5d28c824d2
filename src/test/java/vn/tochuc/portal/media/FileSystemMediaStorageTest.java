package vn.tochuc.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.tochuc.portal.platform.PortalProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Media files under the data directory: keys the portal made, and nothing else, written atomically. */
class FileSystemMediaStorageTest {

	static final String UUID_TEXT = "0b8f2c3e-1d2a-4c5b-9e7f-0123456789ab";

	static final String KEY = "2025/03/" + UUID_TEXT + ".jpg";

	static final byte[] CONTENT = "ảnh hội nghị".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dataDir;

	Path mediaDir;

	FileSystemMediaStorage storage;

	@BeforeEach
	void setUp() {
		PortalProperties properties = new PortalProperties(dataDir, false, new PortalProperties.Admin("admin", null),
				new PortalProperties.Site("Ban Tổ chức", "Đảng bộ", "Nghệ An", "Vinh", "0238", "a@b.vn",
						"http://localhost:8080", ZoneId.of("Asia/Ho_Chi_Minh")),
				new PortalProperties.Media(10_485_760), new PortalProperties.Imports(10_485_760, 20_000));
		mediaDir = properties.mediaDir();
		storage = new FileSystemMediaStorage(properties);
	}

	@Test
	void putOpenSizeDeleteRoundTrip() throws IOException {
		storage.put(KEY, CONTENT);

		assertThat(mediaDir.resolve("2025").resolve("03").resolve(UUID_TEXT + ".jpg")).hasBinaryContent(CONTENT);
		assertThat(read(storage.open(KEY))).isEqualTo(CONTENT);
		assertThat(storage.size(KEY)).isEqualTo(CONTENT.length);

		storage.delete(KEY);

		assertThat(storage.open(KEY)).isEmpty();
		assertThat(mediaDir.resolve(KEY)).doesNotExist();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.size(KEY));
		storage.delete(KEY); // deleting twice is fine
	}

	@ParameterizedTest
	@ValueSource(strings = { "jpg", "png", "webp", "pdf" })
	void everyMediaExtensionAndResizedVariantsAreKeys(String extension) throws IOException {
		String original = "2024/12/" + UUID.randomUUID() + "." + extension;
		String variant = "2024/12/" + UUID.randomUUID() + "-w640." + extension;
		storage.put(original, CONTENT);
		storage.put(variant, CONTENT);
		assertThat(read(storage.open(original))).isEqualTo(CONTENT);
		assertThat(read(storage.open(variant))).isEqualTo(CONTENT);
	}

	@Test
	void aMissingKeyOpensToNothing() throws IOException {
		assertThat(storage.open("2025/03/" + UUID.randomUUID() + ".png")).isEmpty();
	}

	@Test
	void puttingAgainReplacesTheWholeFile() throws IOException {
		storage.put(KEY, "một nội dung dài hơn nhiều so với lần sau".getBytes(StandardCharsets.UTF_8));
		storage.put(KEY, CONTENT);
		assertThat(read(storage.open(KEY))).isEqualTo(CONTENT);
		assertThat(storage.size(KEY)).isEqualTo(CONTENT.length);
	}

	@Test
	void anEmptyFileIsStillAFile() throws IOException {
		storage.put(KEY, new byte[0]);
		assertThat(storage.size(KEY)).isZero();
		assertThat(read(storage.open(KEY))).isEmpty();
	}

	@Test
	void atomicWritesLeaveNoTemporaryFilesBehind() throws IOException {
		for (int i = 0; i < 5; i++) {
			storage.put("2025/03/" + UUID.randomUUID() + ".png", CONTENT);
		}
		storage.put(KEY, CONTENT);
		storage.put(KEY, CONTENT);

		List<Path> files = filesUnder(mediaDir);
		assertThat(files).hasSize(6);
		assertThat(files).allSatisfy((file) -> {
			assertThat(file.getFileName().toString()).doesNotStartWith(".upload-").doesNotEndWith(".tmp");
			assertThat(mediaDir.relativize(file).toString().replace('\\', '/')).matches(FileSystemMediaStorage.KEY);
		});
	}

	@Test
	void aFailedWriteLeavesNoTemporaryFileAndNoTarget() throws IOException {
		// A non-empty directory where the file should go: the final move cannot replace it.
		Path target = mediaDir.resolve(KEY);
		Files.createDirectories(target);
		Files.writeString(target.resolve("keep.txt"), "x");

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> storage.put(KEY, CONTENT));

		try (Stream<Path> siblings = Files.list(target.getParent())) {
			assertThat(siblings.map((path) -> path.getFileName().toString())).containsExactly(UUID_TEXT + ".jpg");
		}
		assertThat(target).isDirectory();
		assertThat(storage.open(KEY)).as("a directory is not a media file").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"../" + UUID_TEXT + ".jpg",
			"../../etc/passwd",
			"2025/03/../../../outside/" + UUID_TEXT + ".jpg",
			"2025/03/../../" + UUID_TEXT + ".jpg",
			"2025/../2025/03/" + UUID_TEXT + ".jpg",
			"./2025/03/" + UUID_TEXT + ".jpg",
			"2025/03/./" + UUID_TEXT + ".jpg",
			"/etc/passwd",
			"/2025/03/" + UUID_TEXT + ".jpg",
			"/tmp/2025/03/" + UUID_TEXT + ".jpg",
			"C:\\Windows\\" + UUID_TEXT + ".jpg",
			"C:/2025/03/" + UUID_TEXT + ".jpg",
			"2025\\03\\" + UUID_TEXT + ".jpg",
			"2025/03\\..\\" + UUID_TEXT + ".jpg",
			"..\\..\\" + UUID_TEXT + ".jpg",
			"2025/03/" + UUID_TEXT + ".exe",
			"2025/03/" + UUID_TEXT + ".html",
			"2025/03/" + UUID_TEXT + ".svg",
			"2025/03/" + UUID_TEXT + ".jsp",
			"2025/03/" + UUID_TEXT + ".JPG",
			"2025/03/" + UUID_TEXT + ".jpeg",
			"2025/03/" + UUID_TEXT + ".jpg.exe",
			"2025/03/" + UUID_TEXT + ".jpg/",
			"2025/03/" + UUID_TEXT + ".jpg\u0000.exe",
			"2025/03/" + UUID_TEXT,
			"2025/03/" + UUID_TEXT + ".",
			"2025/3/" + UUID_TEXT + ".jpg",
			"25/03/" + UUID_TEXT + ".jpg",
			"2025/03/sub/" + UUID_TEXT + ".jpg",
			"2025//03/" + UUID_TEXT + ".jpg",
			"2025/03/" + "0B8F2C3E-1D2A-4C5B-9E7F-0123456789AB" + ".jpg",
			"2025/03/" + "0b8f2c3e" + ".jpg",
			"2025/03/%2e%2e%2f" + UUID_TEXT + ".jpg",
			"2025/03/Ảnh hội nghị.jpg",
			"2025/03/" + UUID_TEXT + "-w1.jpg",
			"2025/03/" + UUID_TEXT + "-w12345.jpg",
			" 2025/03/" + UUID_TEXT + ".jpg",
			"2025/03/" + UUID_TEXT + ".jpg\n",
			"" })
	void keysThatAreNotThePortalsOwnAreRefused(String key) throws IOException {
		Path outside = dataDir.resolve("outside");
		assertThatIllegalArgumentException().as("put %s", key).isThrownBy(() -> storage.put(key, CONTENT));
		assertThatIllegalArgumentException().as("size %s", key).isThrownBy(() -> storage.size(key));
		assertThatIllegalArgumentException().as("delete %s", key).isThrownBy(() -> storage.delete(key));
		assertThat(storage.open(key)).as("open %s", key).isEmpty();
		assertThat(filesUnder(dataDir)).as("nothing written anywhere").isEmpty();
		assertThat(outside).doesNotExist();
	}

	@Test
	void aFileOutsideTheMediaDirectoryCannotBeReadOrDeleted() throws IOException {
		Path secret = Files.writeString(dataDir.resolve(UUID_TEXT + ".pdf"), "bí mật");
		String climbing = "../" + UUID_TEXT + ".pdf";
		assertThat(storage.open(climbing)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> storage.delete(climbing));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.size(climbing));
		assertThat(secret).hasContent("bí mật");
	}

	@Test
	void theKeyPatternIsAnchoredAtBothEnds() {
		assertThat(FileSystemMediaStorage.KEY.matcher("x" + KEY).matches()).isFalse();
		assertThat(FileSystemMediaStorage.KEY.matcher(KEY + "x").matches()).isFalse();
		assertThat(FileSystemMediaStorage.KEY.matcher(KEY).matches()).isTrue();
	}

	private static byte[] read(Optional<InputStream> stream) throws IOException {
		assertThat(stream).as("an open file").isPresent();
		try (InputStream in = stream.get()) {
			return in.readAllBytes();
		}
	}

	private static List<Path> filesUnder(Path dir) {
		if (!Files.exists(dir)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
