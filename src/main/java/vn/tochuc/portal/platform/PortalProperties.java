package vn.tochuc.portal.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The portal's own settings. Environment variables from the contract (PORTAL_DATA_DIR,
 * PORTAL_DEMO_DATA, PORTAL_ADMIN_*) are mapped onto these in application.properties.
 */
@ConfigurationProperties("portal")
public record PortalProperties(
		@DefaultValue("./data") Path dataDir,
		/* null means "decide from the database": on for the embedded one, off for an external one */
		Boolean demoData,
		@DefaultValue Admin admin,
		@DefaultValue Site site,
		@DefaultValue Media media,
		@DefaultValue Imports imports) {

	public record Admin(@DefaultValue("admin") String username, String password) {
	}

	/** What the banner, footer and page titles say. */
	public record Site(
			@DefaultValue("Ban Tổ chức Tỉnh ủy Nghệ An") String name,
			@DefaultValue("Đảng bộ tỉnh Nghệ An") String owner,
			@DefaultValue("Nghệ An") String province,
			@DefaultValue("Số 7 Trường Thi, thành phố Vinh, tỉnh Nghệ An") String address,
			@DefaultValue("0238 3844 555") String phone,
			@DefaultValue("bantochuc@nghean.dcs.vn") String email,
			@DefaultValue("http://localhost:8080") String baseUrl,
			@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
	}

	/**
	 * Uploads to the media library. Pictures: at most {@code maxImagePixels} as declared in their
	 * header (checked before decoding), at most {@code concurrentImageDecodes} decoded at once
	 * (others wait up to {@code imageDecodeWait}), each decode stopped after
	 * {@code imageDecodeTimeLimit}.
	 */
	public record Media(
			@DefaultValue("10485760") long maxUploadBytes,
			@DefaultValue("50000000") long maxImagePixels,
			@DefaultValue("2") int concurrentImageDecodes,
			@DefaultValue("30s") Duration imageDecodeWait,
			@DefaultValue("20s") Duration imageDecodeTimeLimit) {

		@ConstructorBinding
		public Media {
		}

		/** The defaults for pictures, with an upload limit (tests and tools). */
		public Media(long maxUploadBytes) {
			this(maxUploadBytes, 50_000_000, 2, Duration.ofSeconds(30), Duration.ofSeconds(20));
		}

	}

	/**
	 * The staffing and congress spreadsheet imports (.xlsx, .csv): 20,000 rows fit well within
	 * the size; a file with more rows of data than {@code maxRows} (the header not counted) is
	 * refused as soon as the reading gets there.
	 */
	public record Imports(@DefaultValue("10485760") long maxUploadBytes, @DefaultValue("20000") int maxRows) {
	}

	/** Demo content: as PORTAL_DEMO_DATA says, else on with the embedded database and off with an external one. */
	public boolean demoDataEnabled(Environment environment) {
		if (demoData != null) {
			return demoData;
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	public Path mediaDir() {
		return dataDir.resolve("media");
	}

}
