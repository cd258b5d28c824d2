package vn.tochuc.portal.media;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
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

	private final UploadedImages images;

	private final TransactionTemplate transactions;

	MediaLibrary(MediaItemRepository items, MediaStorage storage, PortalProperties properties, Clock clock,
			ApplicationEventPublisher events, UploadedImages images, PlatformTransactionManager transactionManager) {
		this.events = events;
		this.images = images;
		this.transactions = new TransactionTemplate(transactionManager);
		this.items = items;
		this.storage = storage;
		this.maxUploadBytes = properties.media().maxUploadBytes();
		this.zone = properties.site().zone();
		this.clock = clock;
	}

	/**
	 * Stores an upload. The type comes from the content; the original name is kept only as a
	 * label. A picture is decoded and written anew (see {@link UploadedImages}) and only the new
	 * file is kept, so a script with a JPEG header is refused and a JPEG with a page appended
	 * loses it. The picture work happens before any transaction or database connection is
	 * taken; the files and the row are then written together: when a file cannot be written
	 * ({@link MediaNotStoredException}) or the row cannot be saved, nothing of the upload stays.
	 */
	public MediaItem upload(byte[] content, String originalName, Long uploadedBy) {
		MediaType sniffed = recognise(content);
		UploadedImages.CleanImage image = sniffed.isImage() ? images.clean(content, sniffed) : null;
		return transactions.execute((status) -> store(content, sniffed, image, originalName, uploadedBy));
	}

	/**
	 * What an upload is, checked the way {@link #upload} checks it, without storing anything: a form
	 * that takes only some kinds (a document's PDF) refuses the others before a file is written.
	 */
	public MediaType recognise(byte[] content) {
		if (content == null || content.length == 0) {
			throw new MediaRejectedException("media.error.empty");
		}
		// Over the limit is not a refusal of the content: the form answers 413 (see UploadTooLargeException).
		UploadTooLargeException.requireWithin(content.length, maxUploadBytes);
		return MediaType.sniff(Arrays.copyOf(content, Math.min(content.length, SNIFF_BYTES)))
			.orElseThrow(() -> new MediaRejectedException("media.error.type"));
	}

	private MediaItem store(byte[] content, MediaType sniffed, UploadedImages.CleanImage image, String originalName,
			Long uploadedBy) {
		MediaType type = image != null ? image.type() : sniffed;
		byte[] stored = image != null ? image.content() : content;
		LocalDate today = LocalDate.now(clock.withZone(zone));
		String key = "%04d/%02d/%s.%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID(),
				type.extension());
		MediaItem item = new MediaItem(key, type, stored.length, image != null ? image.width() : null,
				image != null ? image.height() : null, labelOf(originalName), uploadedBy);
		List<String> written = new ArrayList<>();
		removeOnRollback(written);
		String writing = key;
		try {
			storage.put(key, stored);
			written.add(key);
			if (image != null) {
				for (Map.Entry<Integer, byte[]> variant : image.variants().entrySet()) {
					writing = MediaItem.variantKey(key, variant.getKey());
					storage.put(writing, variant.getValue());
					written.add(writing);
				}
				item.recordVariants(List.copyOf(image.variants().keySet()));
			}
		}
		catch (IOException ex) {
			// One line for the operator (the cause says which: no space, no permission); staff get the form message.
			log.error("Could not write media file {}: {}", writing, ex.toString());
			throw new MediaNotStoredException(ex);
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
