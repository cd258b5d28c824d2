package vn.tochuc.portal.media;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What uses each media item, kept by the features that own the content (articles, documents, the
 * about pages, the banner): each tells, on every save and change of state, which items a record
 * uses and whether readers see that record now. A file is served to readers only while some use
 * shows it to them, so a trashed document's PDF or a withdrawn article's cover stops being public
 * and comes back when its record does.
 */
@Service
public class MediaUsage {

	/** A file's address in rich text, also a resized copy's and also as an absolute URL. */
	static final Pattern ADDRESS = Pattern
		.compile("/media/(\\d{4}/\\d{2}/[0-9a-f-]{36})(?:-w\\d{2,4})?\\.(jpg|png|webp|pdf)");

	static final int MAX_KIND_LENGTH = 30;

	private final MediaUseRepository uses;

	MediaUsage(MediaUseRepository uses) {
		this.uses = uses;
	}

	/** The library items whose address appears in these texts (rich-text bodies). */
	@Transactional(readOnly = true)
	public Set<Long> referencedIn(String... texts) {
		Set<String> keys = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			Matcher address = ADDRESS.matcher(text);
			while (address.find()) {
				keys.add(address.group(1) + "." + address.group(2));
			}
		}
		return keys.isEmpty() ? Set.of() : new LinkedHashSet<>(uses.idsOfKeys(keys));
	}

	/** Replaces what one record uses; readers see these items through it only when {@code shown}. */
	@Transactional
	public void record(String ownerKind, Long ownerId, boolean shown, Collection<Long> mediaIds) {
		record(ownerKind, ownerId, shown ? mediaIds : List.of(), shown ? List.of() : mediaIds);
	}

	/**
	 * Replaces what one record uses: {@code shown} are the items readers see through it now,
	 * {@code held} the ones it only keeps for staff (a draft, changes waiting for review, a record
	 * in the trash). An item in both is shown.
	 */
	@Transactional
	public void record(String ownerKind, Long ownerId, Collection<Long> shown, Collection<Long> held) {
		requireKind(ownerKind);
		Objects.requireNonNull(ownerId, "ownerId");
		Map<Long, Boolean> wanted = new HashMap<>();
		held.stream().filter(Objects::nonNull).forEach((id) -> wanted.put(id, false));
		shown.stream().filter(Objects::nonNull).forEach((id) -> wanted.put(id, true));
		for (Object[] existing : uses.usesOf(ownerKind, ownerId)) {
			Long mediaId = (Long) existing[0];
			Boolean stillShown = wanted.remove(mediaId);
			if (stillShown == null) {
				uses.remove(ownerKind, ownerId, mediaId);
			}
			else if (stillShown != (Boolean) existing[1]) {
				uses.put(ownerKind, ownerId, mediaId, stillShown);
			}
		}
		wanted.forEach((mediaId, isShown) -> uses.put(ownerKind, ownerId, mediaId, isShown));
	}

	/** The record is gone for good: it uses nothing any more. */
	@Transactional
	public void forget(String ownerKind, Long ownerId) {
		requireKind(ownerKind);
		uses.removeAll(ownerKind, ownerId);
	}

	/** Whether some record readers can see now uses the item: only then is its file public. */
	@Transactional(readOnly = true)
	public boolean isShownToReaders(Long mediaId) {
		return mediaId != null && uses.isShownToReaders(mediaId);
	}

	private static void requireKind(String ownerKind) {
		if (ownerKind == null || ownerKind.isBlank() || ownerKind.length() > MAX_KIND_LENGTH) {
			throw new IllegalArgumentException("Not an owner kind: " + ownerKind);
		}
	}

}
