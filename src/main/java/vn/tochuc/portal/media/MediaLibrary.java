package vn.tochuc.portal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.StaffAction;
import vn.tochuc.portal.platform.UploadTooLargeException;

/** Takes uploads in, after checking what they really are, and finds them again. */
@Service
public class MediaLibrary {

	private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

	private static final int SNIFF_BYTES = 16;

	private final MediaItemRepository items;

	private final MediaStorage storage;

	private final long maxUploadBytes;

	private final ZoneId zone;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MediaLibrary(MediaItemRepository items, MediaStorage storage, PortalProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.items = items;
		this.storage = storage;
		this.maxUploadBytes = properties.media().maxUploadBytes();
		this.zone = properties.site().zone();
		this.clock = clock;
	}

	/**
	 * Stores an upload. The type comes from the content; the original name is kept only as a
	 * label. Images must decode as images, so a script with a JPEG header is refused.
	 */
	@Transactional
	public MediaItem upload(byte[] content, String originalName, Long uploadedBy) {
		if (content == null || content.length == 0) {
			throw new MediaRejectedException("media.error.empty");
		}
		// Over the limit is not a refusal of the content: the form answers 413 (see UploadTooLargeException).
		UploadTooLargeException.requireWithin(content.length, maxUploadBytes);
		MediaType type = MediaType.sniff(Arrays.copyOf(content, Math.min(content.length, SNIFF_BYTES)))
			.orElseThrow(() -> new MediaRejectedException("media.error.type"));
		Integer width = null;
		Integer height = null;
		BufferedImage image = null;
		if (type == MediaType.JPEG || type == MediaType.PNG) {
			image = decode(content);
			width = image.getWidth();
			height = image.getHeight();
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		String key = "%04d/%02d/%s.%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID(),
				type.extension());
		MediaItem item = new MediaItem(key, type, content.length, width, height, labelOf(originalName), uploadedBy);
		List<String> written = new ArrayList<>();
		removeOnRollback(written);
		try {
			storage.put(key, content);
			written.add(key);
			if (image != null) {
				List<Integer> widths = ImageVariants.widthsFor(image.getWidth());
				for (int variant : widths) {
					String variantKey = MediaItem.variantKey(key, variant);
					storage.put(variantKey, ImageVariants.resize(image, variant, type));
					written.add(variantKey);
				}
				item.recordVariants(widths);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the upload", ex);
		}
		MediaItem saved = items.save(item);
		events.publishEvent(new StaffAction("media.upload", "media", saved.getId(), saved.getOriginalName()));
		return saved;
	}

	/**
	 * Files are not part of the database transaction: when the transaction that stored them
	 * rolls back (the article they came with failed to save), they are deleted again, so a
	 * failed publish leaves no file without its row.
	 */
	private void removeOnRollback(List<String> written) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					return;
				}
				for (String key : written) {
					try {
						storage.delete(key);
					}
					catch (IOException | RuntimeException ex) {
						log.warn("Could not remove {} after a rolled-back upload", key, ex);
					}
				}
			}
		});
	}

	/**
	 * Changes the caption, alt text and credit, which readers see wherever the item is shown. Only
	 * an editor or administrator may, or the uploader while no content readers see uses the item.
	 */
	@Transactional
	public MediaItem describe(Long id, String caption, String altText, String credit, PortalUser actor) {
		MediaItem item = items.findById(id).orElseThrow(() -> new MediaRejectedException("media.error.missing"));
		if (!mayDescribe(item, actor)) {
			throw new AccessDeniedException("Not allowed to describe media item " + id);
		}
		item.describe(trimToNull(caption), trimToNull(altText), trimToNull(credit));
		events.publishEvent(new StaffAction("media.describe", "media", id, item.getCaption()));
		return item;
	}

	@Transactional(readOnly = true)
	public boolean mayDescribe(MediaItem item, PortalUser actor) {
		return describableAmong(List.of(item), actor).contains(item.getId());
	}

	/** The ids of those items the person may describe (one statement for a page of them). */
	@Transactional(readOnly = true)
	public Set<Long> describableAmong(Collection<MediaItem> candidates, PortalUser actor) {
		if (actor.role().mayPublish()) {
			return candidates.stream().map(MediaItem::getId).collect(Collectors.toSet());
		}
		if (!actor.role().writesArticles()) {
			return Set.of();
		}
		List<MediaItem> own = candidates.stream().filter((item) -> actor.id().equals(item.getUploadedBy())).toList();
		Set<Long> shown = own.isEmpty() ? Set.of()
				: Set.copyOf(items.shownToReadersAmong(own.stream().map(MediaItem::getId).toList()));
		return own.stream().map(MediaItem::getId).filter((id) -> !shown.contains(id)).collect(Collectors.toSet());
	}

	@Transactional(readOnly = true)
	public Optional<MediaItem> find(Long id) {
		return id == null ? Optional.empty() : items.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<MediaItem> findByKey(String key) {
		return items.findByStorageKey(key);
	}

	/** Whether the person sees the item in the library (and so may pick it): see {@link #browse(String, int, int, PortalUser)}. */
	@Transactional(readOnly = true)
	public boolean mayView(MediaItem item, PortalUser actor) {
		if (actor.role().mayPublish()) {
			return true;
		}
		return actor.role().writesArticles() && (actor.id().equals(item.getUploadedBy())
				|| !items.shownToReadersAmong(List.of(item.getId())).isEmpty());
	}

	/** A page of the whole library, for the pages only editors and administrators reach (documents, banner, about). */
	@Transactional(readOnly = true)
	public Page<MediaItem> browse(String text, int page, int size) {
		return items.search(StringUtils.hasText(text) ? text.strip() : null, PageRequest.of(page, size));
	}

	/**
	 * A page of the library as this person may see it: editors and administrators everything, an
	 * author their own uploads and what readers already see (not the pictures of others' drafts,
	 * whose captions and alt texts often carry a title not yet published).
	 */
	@Transactional(readOnly = true)
	public Page<MediaItem> browse(String text, int page, int size, PortalUser actor) {
		String wanted = StringUtils.hasText(text) ? text.strip() : null;
		if (actor.role().mayPublish()) {
			return items.search(wanted, PageRequest.of(page, size));
		}
		return items.searchVisibleTo(actor.id(), wanted, PageRequest.of(page, size));
	}

	private static BufferedImage decode(byte[] content) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image == null) {
				throw new MediaRejectedException("media.error.corrupt");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof MediaRejectedException rejected) {
				throw rejected;
			}
			throw new MediaRejectedException("media.error.corrupt");
		}
	}

	/** Only the last path segment, shortened: a label for staff, never a path. */
	static String labelOf(String originalName) {
		if (!StringUtils.hasText(originalName)) {
			return null;
		}
		String name = originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String trimToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
