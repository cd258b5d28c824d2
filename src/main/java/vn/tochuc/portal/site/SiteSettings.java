package vn.tochuc.portal.site;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.media.MediaUsage;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.StaffAction;

/** The administrator's settings for what surrounds every page: the website links and the banner. */
@Service
public class SiteSettings {

	private final WebsiteLinkRepository links;

	private final SiteBannerRepository banners;

	private final MediaLibrary media;

	private final MediaUsage mediaUsage;

	private final PortalProperties properties;

	private final ApplicationEventPublisher events;

	private volatile List<WebsiteLink> cachedLinks;

	private volatile BannerView cachedBanner;

	/** How the media library names the banner among the records that use its items. */
	static final String MEDIA_OWNER_KIND = "banner";

	SiteSettings(WebsiteLinkRepository links, SiteBannerRepository banners, MediaLibrary media, MediaUsage mediaUsage,
			PortalProperties properties, ApplicationEventPublisher events) {
		this.mediaUsage = mediaUsage;
		this.links = links;
		this.banners = banners;
		this.media = media;
		this.properties = properties;
		this.events = events;
	}

	// ---- website links --------------------------------------------------------------------

	/** The box's links in their order, kept in memory until the admin changes them. */
	public List<WebsiteLink> links() {
		List<WebsiteLink> current = cachedLinks;
		if (current == null) {
			current = List.copyOf(links.findAllByOrderByPositionAscIdAsc());
			cachedLinks = current;
		}
		return current;
	}

	@Transactional(readOnly = true)
	public WebsiteLink link(Long id) {
		return links.findById(id).orElseThrow(() -> new NotFoundException("link " + id));
	}

	@Transactional
	public WebsiteLink createLink(String title, String url, int position) {
		WebsiteLink link = links.save(new WebsiteLink(title.strip(), url.strip(), position));
		events.publishEvent(new StaffAction("link.create", "website_link", link.getId(), link.getTitle()));
		events.publishEvent(new LinksChanged(link.getId()));
		afterCommit(() -> cachedLinks = null);
		return link;
	}

	@Transactional
	public WebsiteLink updateLink(Long id, long version, String title, String url, int position) {
		WebsiteLink link = link(id);
		checkVersion(link.getVersion(), version, WebsiteLink.class, id);
		link.change(title.strip(), url.strip(), position);
		links.flush();
		events.publishEvent(new StaffAction("link.update", "website_link", id, link.getTitle()));
		events.publishEvent(new LinksChanged(id));
		afterCommit(() -> cachedLinks = null);
		return link;
	}

	@Transactional
	public void deleteLink(Long id, long version) {
		WebsiteLink link = link(id);
		checkVersion(link.getVersion(), version, WebsiteLink.class, id);
		links.delete(link);
		events.publishEvent(new StaffAction("link.delete", "website_link", id, link.getTitle()));
		events.publishEvent(new LinksChanged(id));
		afterCommit(() -> cachedLinks = null);
	}

	// ---- banner ---------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public SiteBanner bannerSettings() {
		return banners.findById(SiteBanner.ID).orElseThrow();
	}

	/** What the banner shows, kept in memory until the admin changes it. */
	public BannerView banner() {
		BannerView current = cachedBanner;
		if (current == null) {
			SiteBanner settings = banners.findById(SiteBanner.ID).orElse(null);
			PortalProperties.Site site = properties.site();
			String owner = settings != null && StringUtils.hasText(settings.getOwnerLine()) ? settings.getOwnerLine() : site.owner();
			String name = settings != null && StringUtils.hasText(settings.getNameLine()) ? settings.getNameLine() : site.name();
			String tagline = settings != null && StringUtils.hasText(settings.getTagline()) ? settings.getTagline() : null;
			String image = settings == null || settings.getImageId() == null ? null
					: media.find(settings.getImageId()).filter(MediaItem::isImage).map(MediaItem::getUrl).orElse(null);
			current = new BannerView(owner, name, tagline, image);
			cachedBanner = current;
		}
		return current;
	}

	@Transactional
	public SiteBanner updateBanner(long version, String ownerLine, String nameLine, String tagline, Long imageId) {
		SiteBanner banner = bannerSettings();
		checkVersion(banner.getVersion(), version, SiteBanner.class, SiteBanner.ID);
		Long image = imageId;
		if (image != null) {
			Optional<MediaItem> picture = media.find(image).filter(MediaItem::isImage);
			if (picture.isEmpty()) {
				throw new NotFoundException("media " + image);
			}
		}
		banner.change(blankToNull(ownerLine), blankToNull(nameLine), blankToNull(tagline), image);
		banners.flush();
		// The banner is on every page: its picture is public while it is there.
		mediaUsage.record(MEDIA_OWNER_KIND, (long) SiteBanner.ID, true, image == null ? List.of() : List.of(image));
		events.publishEvent(new StaffAction("banner.update", "site_banner", SiteBanner.ID,
				banner.getNameLine() != null ? banner.getNameLine() : properties.site().name()));
		events.publishEvent(new BannerChanged());
		afterCommit(() -> cachedBanner = null);
		return banner;
	}

	/** Forgets a cached value once the change is committed (a reload before that would see the old rows). */
	private static void afterCommit(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget.run();
				}
			});
		}
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	private static void checkVersion(long current, long expected, Class<?> type, Object id) {
		if (current != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
