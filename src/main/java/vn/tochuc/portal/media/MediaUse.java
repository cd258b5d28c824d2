package vn.tochuc.portal.media;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One record's use of one media item, and whether readers see that record now. Mapped for
 * queries only; {@link MediaUsage} writes the rows (see {@link MediaUseRepository}).
 */
@Entity
@Immutable
@Table(name = "media_use")
class MediaUse {

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "owner_kind", length = 30)
		private String ownerKind;

		@Column(name = "owner_id")
		private Long ownerId;

		@Column(name = "media_id")
		private Long mediaId;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(ownerKind, key.ownerKind)
					&& Objects.equals(ownerId, key.ownerId) && Objects.equals(mediaId, key.mediaId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(ownerKind, ownerId, mediaId);
		}

	}

	@EmbeddedId
	private Key key;

	@Column(name = "shown_to_readers", nullable = false)
	private boolean shownToReaders;

	protected MediaUse() {
	}

}
