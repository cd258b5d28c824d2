package vn.tochuc.portal.about;

import vn.tochuc.portal.media.MediaItem;

/** A leader with the photo from the media library, or null when there is none. */
public record LeaderView(AboutLeader leader, MediaItem photo) {

}
