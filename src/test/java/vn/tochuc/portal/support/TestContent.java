package vn.tochuc.portal.support;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.StaffDirectory;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;

/** Builds content for tests through the same services the staff pages use. */
@Component
public class TestContent {

	public static final String BYLINE = "Mai Hương – Cảnh Toàn";

	private final ArticleService articles;

	private final CategoryService categories;

	private final StaffDirectory staff;

	TestContent(ArticleService articles, CategoryService categories, StaffDirectory staff) {
		this.articles = articles;
		this.categories = categories;
		this.staff = staff;
	}

	public Category category(String name) {
		return categories.create(name, "Mô tả " + name, 1, true);
	}

	public Article published(Category category, String title, Instant publishedAt) {
		return articles.importPublished(content(category, title), null, publishedAt, admin());
	}

	public Article draft(Category category, String title) {
		return articles.create(content(category, title), null, EditorCommand.of(EditorAction.SAVE), admin());
	}

	/** A new title for a live article, published at once (saving alone keeps it on a working copy). */
	public Article rename(Article article, String newTitle) {
		ArticleContent renamed = new ArticleContent(newTitle, article.getSummary(), article.getBody(),
				article.getCategory().getId(), article.getByline(), article.getSource(), null, null, false);
		return articles.update(article.getId(), article.getVersion(), renamed, null,
				EditorCommand.of(EditorAction.PUBLISH), admin());
	}

	/** A staff account with the given role, created on first use. */
	public PortalUser user(String username, Role role) {
		return staff.findUser(username).orElseGet(() -> {
			staff.create(username, "mat-khau-" + username, "Cán bộ " + username, role);
			return staff.findUser(username).orElseThrow();
		});
	}

	public PortalUser admin() {
		return user("admin", Role.ADMIN);
	}

	public static ArticleContent content(Category category, String title) {
		return new ArticleContent(title, "Sapo của bài: " + title,
				"<p>Nội dung bài viết về " + title + ".</p><p>Toàn tỉnh đã giảm được 6.666 biên chế, đạt gần 8,1%.</p>",
				category.getId(), BYLINE, "baonghean.vn", null, null, false);
	}

}
