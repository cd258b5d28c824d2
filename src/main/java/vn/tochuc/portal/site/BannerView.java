package vn.tochuc.portal.site;

/**
 * What the banner shows: the three lines (the configured owner and name where the admin left
 * them empty) and the picture's address, or null for the emblem.
 */
public record BannerView(String ownerLine, String nameLine, String tagline, String imageUrl) {

	public boolean hasImage() {
		return imageUrl != null;
	}

}
