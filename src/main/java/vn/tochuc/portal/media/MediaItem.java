package vn.tochuc.portal.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An uploaded image or document. Its file lives in {@link MediaStorage} under {@link #getStorageKey()}. */
@Entity
@Table(name = "media_item")
public class MediaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "storage_key", nullable = false, unique = true, length = 200)
	private String storageKey;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	private Integer width;

	private Integer height;

	@Column(name = "original_name")
	private String originalName;

	@Column(length = 500)
	private String caption;

	@Column(name = "alt_text", length = 300)
	private String altText;

	@Column(length = 200)
	private String credit;

	/** Widths of the resized copies, e.g. "320,768"; their keys add "-w320" before the extension. */
	@Column(name = "variant_widths", length = 60)
	private String variantWidths;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected MediaItem() {
	}

	MediaItem(String storageKey, MediaType type, long sizeBytes, Integer width, Integer height, String originalName,
			Long uploadedBy) {
		this.storageKey = storageKey;
		this.contentType = type.mimeType();
		this.sizeBytes = sizeBytes;
		this.width = width;
		this.height = height;
		this.originalName = originalName;
		this.uploadedBy = uploadedBy;
	}

	/** The public address of the file; the key has no user-supplied part. */
	public String getUrl() {
		return "/media/" + storageKey;
	}

	void recordVariants(java.util.List<Integer> widths) {
		this.variantWidths = widths.isEmpty() ? null
				: String.join(",", widths.stream().map(String::valueOf).toList());
	}

	static String variantKey(String key, int width) {
		int dot = key.lastIndexOf('.');
		return key.substring(0, dot) + "-w" + width + key.substring(dot);
	}

	/** The address of the smallest copy at least this wide, or of the original. */
	public String urlFor(int wantedWidth) {
		for (int width : variantList()) {
			if (width >= wantedWidth) {
				return "/media/" + variantKey(storageKey, width);
			}
		}
		return getUrl();
	}

	/** For {@code srcset}: every copy with its width, the original last. */
	public String getSrcset() {
		if (width == null) {
			return null;
		}
		StringBuilder srcset = new StringBuilder();
		for (int variant : variantList()) {
			srcset.append("/media/").append(variantKey(storageKey, variant)).append(' ').append(variant).append("w, ");
		}
		return srcset.append(getUrl()).append(' ').append(width).append('w').toString();
	}

	public String getThumbnailUrl() {
		return urlFor(320);
	}

	private java.util.List<Integer> variantList() {
		if (variantWidths == null || variantWidths.isBlank()) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(variantWidths.split(",")).map(Integer::valueOf).toList();
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}

	public void describe(String caption, String altText, String credit) {
		this.caption = caption;
		this.altText = altText;
		this.credit = credit;
	}

	public Long getId() {
		return id;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public Integer getWidth() {
		return width;
	}

	public Integer getHeight() {
		return height;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getCaption() {
		return caption;
	}

	public String getAltText() {
		return altText;
	}

	public String getCredit() {
		return credit;
	}

	public Long getUploadedBy() {
		return uploadedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

}
