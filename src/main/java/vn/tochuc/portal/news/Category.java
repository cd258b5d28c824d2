package vn.tochuc.portal.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A chuyên mục: the section an article is filed under, with its own page and feed. */
@Entity
@Table(name = "category")
public class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 120)
	private String slug;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(length = 500)
	private String description;

	private int position;

	@Column(name = "show_on_home")
	private boolean showOnHome = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Category() {
	}

	public Category(String slug, String name, String description, int position, boolean showOnHome) {
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.position = position;
		this.showOnHome = showOnHome;
	}

	void update(String name, String description, int position, boolean showOnHome) {
		this.name = name;
		this.description = description;
		this.position = position;
		this.showOnHome = showOnHome;
	}

	public String getPath() {
		return "/chuyen-muc/" + slug;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	public boolean isShowOnHome() {
		return showOnHome;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

}
