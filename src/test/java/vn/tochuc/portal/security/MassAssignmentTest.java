package vn.tochuc.portal.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.tochuc.portal.support.Logins.from;

/**
 * No mass assignment: every form that saves a record is posted with its own fields plus the
 * fields an attacker would add (status, owner, author, role, enabled, id, version, deleted,
 * timestamps, counters, nested {@code owner.role}…), by the least privileged user who may use
 * it, and the database is read back: none of the added fields took effect, and the record whose
 * id was slipped in is untouched. Status, owner, role and the rest come from the workflow and the
 * logged-in user, never from the request.
 */
@SpringBootTest(properties = "portal.test.context=mass-assignment")
@AutoConfigureMockMvc
class MassAssignmentTest {

	static final String LONG_AGO = "2001-02-03T04:05:06Z";

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	Instant started;

	PortalUser admin;

	@BeforeEach
	void setUp() {
		started = Instant.now().minus(Duration.ofMinutes(1));
		admin = content.admin();
	}

	// ---- the added fields ----------------------------------------------------------------------

	/**
	 * Fields a form might be tricked into binding, with the values an attacker would want: another
	 * user as owner or author, another record's id, a published or deleted state, old dates,
	 * counters. Each form gets all of them except the ones that really are its own fields.
	 */
	static Map<String, String> hostileFields(long otherUserId, long otherRecordId) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", String.valueOf(otherRecordId));
		fields.put("status", "PUBLISHED");
		fields.put("published", "true");
		fields.put("publishedAt", LONG_AGO);
		fields.put("scheduledAt", "2001-02-03T04:05");
		fields.put("featured", "true");
		fields.put("workingSubmitted", "true");
		for (String owner : List.of("owner", "owner.id", "ownerId", "authorId", "author.id", "createdBy", "createdBy.id",
				"updatedBy", "uploadedBy", "moderatedBy", "deletedBy", "readBy", "userId", "user.id", "actorId")) {
			fields.put(owner, String.valueOf(otherUserId));
		}
		fields.put("owner.role", "ADMIN");
		fields.put("owner.username", "admin");
		fields.put("role", "ADMIN");
		fields.put("roles", "ADMIN");
		fields.put("authorities", "ROLE_ADMIN");
		fields.put("enabled", "false");
		fields.put("username", "admin");
		fields.put("passwordHash", "{noop}gia-mao");
		fields.put("deleted", "true");
		fields.put("deletedAt", LONG_AGO);
		fields.put("createdAt", LONG_AGO);
		fields.put("updatedAt", LONG_AGO);
		fields.put("moderatedAt", LONG_AGO);
		fields.put("readAt", LONG_AGO);
		fields.put("slug", "gia-mao-" + SEQUENCE.incrementAndGet());
		fields.put("viewCount", "999999");
		fields.put("views", "999999");
		fields.put("version", "99");
		fields.put("category.name", "Chuyên mục bị đổi tên");
		fields.put("article.id", String.valueOf(otherRecordId));
		fields.put("articleId", String.valueOf(otherRecordId));
		fields.put("storageKey", "../../static/js/portal.js");
		fields.put("contentType", "text/html");
		fields.put("sizeBytes", "1");
		fields.put("changedBy", "admin");
		return fields;
	}

	/** Adds the hostile fields to a form post, leaving out the names that are the form's own fields. */
	static <B extends AbstractMockHttpServletRequestBuilder<B>> B withHostileFields(B request, long otherUserId,
			long otherRecordId,
			String... ownFields) {
		Set<String> own = Set.of(ownFields);
		hostileFields(otherUserId, otherRecordId).forEach((name, value) -> {
			if (!own.contains(name)) {
				request.param(name, value);
			}
		});
		return request;
	}

	// ---- reading back --------------------------------------------------------------------------

	/** Posts the form and expects it saved (a redirect); a form shown again would prove nothing. */
	String saved(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		MockHttpServletResponse answer = mvc.perform(request.with(csrf())).andReturn().getResponse();
		assertThat(answer.getStatus()).as("saved, not answered %s %s", answer.getStatus(), errorsIn(answer))
			.isIn(302, 303);
		return answer.getRedirectedUrl();
	}

	/** What a form shown again says is wrong, for the failure message. */
	static List<String> errorsIn(MockHttpServletResponse answer) throws Exception {
		Matcher errors = Pattern.compile("class=\"(?:field-error|error-code)\"[^>]*>([^<]+)<|<h1>([^<]+)<")
			.matcher(answer.getContentAsString());
		List<String> found = new ArrayList<>();
		while (errors.find()) {
			found.add(errors.group(1) != null ? errors.group(1) : errors.group(2));
		}
		return found;
	}

	static long idIn(String url) {
		Matcher number = Pattern.compile("[/=](\\d+)(?:/|$|\\?|&)").matcher(url);
		assertThat(number.find()).as("an id in %s", url).isTrue();
		return Long.parseLong(number.group(1));
	}

	Map<String, Object> row(String table, Object id) {
		return jdbc.queryForMap("select * from " + table + " where id = ?", id);
	}

	long idWhere(String table, String column, Object value) {
		return jdbc.queryForObject("select id from " + table + " where " + column + " = ?", Long.class, value);
	}

	static Instant instant(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return ((OffsetDateTime) value).toInstant();
	}

	/** A timestamp the server set now, not the one posted. */
	void assertSetNow(Object value) {
		assertThat(instant(value)).isAfter(started);
	}

	static void assertSlugNotTaken(Object slug) {
		assertThat((String) slug).doesNotStartWith("gia-mao");
	}

	static String unique(String text) {
		return text + " " + SEQUENCE.incrementAndGet();
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	// ---- articles --------------------------------------------------------------------------------

	/** An AUTHOR writes; the status follows the workflow action and the owner is the author. */
	@Nested
	class Articles {

		PortalUser author = content.user("ma-tac-gia", Role.AUTHOR);

		PortalUser editor = content.user("ma-bien-tap", Role.EDITOR);

		Category category = content.category(unique("Chuyên mục thử gán"));

		Article victim = content.published(category, unique("Bài đã đăng của người khác"),
				Instant.now().minus(Duration.ofDays(2)));

		MockHttpServletRequestBuilder articleForm(String path, String title, String action, long version) {
			return post(path).param("title", title).param("summary", "Sapo").param("body", "<p>Nội dung bài.</p>")
				.param("categoryId", category.getId().toString()).param("author", "Phóng viên Hồng Minh")
				.param("source", "baonghean.vn").param("action", action).param("version", String.valueOf(version));
		}

		void countViews() {
			jdbc.update("insert into article_view (article_id, views) values (?, 42) "
					+ "on conflict (article_id) do update set views = 42", victim.getId());
		}

		@Test
		void aNewArticleIsTheAuthorsAndStaysWhereTheWorkflowPutsIt() throws Exception {
			countViews();
			Map<String, Object> victimBefore = row("article", victim.getId());
			for (String action : List.of("save", "submit")) {
				String title = unique("Bài của tác giả, nút " + action);
				long id = idIn(saved(withHostileFields(articleForm("/admin/articles", title, action, 0), admin.id(),
						victim.getId()).with(user(author))));
				Map<String, Object> article = row("article", id);
				assertThat(id).isNotEqualTo(victim.getId());
				assertThat(article.get("status")).isEqualTo(action.equals("save") ? "DRAFT" : "PENDING");
				assertThat(article.get("owner_id")).isEqualTo(author.id());
				assertThat(article.get("updated_by")).isEqualTo(author.id());
				assertThat(article.get("byline")).isEqualTo("Phóng viên Hồng Minh");
				assertThat(article.get("featured")).isEqualTo(false);
				assertThat(article.get("published_at")).isNull();
				assertThat(article.get("scheduled_at")).isNull();
				assertThat(article.get("deleted_at")).isNull();
				assertThat(article.get("deleted_by")).isNull();
				assertThat(article.get("working_submitted")).isEqualTo(false);
				assertThat(article.get("version")).isEqualTo(0L);
				assertSlugNotTaken(article.get("slug"));
				assertSetNow(article.get("created_at"));
				assertThat(jdbc.queryForList("select created_by from article_revision where article_id = ?", Long.class, id))
					.containsOnly(author.id());
				assertThat(jdbc.queryForObject("select count(*) from article_view where article_id = ?", Long.class, id))
					.isZero();
			}
			assertThat(row("article", victim.getId())).isEqualTo(victimBefore);
			assertThat(jdbc.queryForObject("select views from article_view where article_id = ?", Long.class,
					victim.getId())).isEqualTo(42);
			assertThat(jdbc.queryForObject("select name from category where id = ?", String.class, category.getId()))
				.isEqualTo(category.getName());
		}

		@Test
		void anAuthorCannotPublishBySayingSo() throws Exception {
			String title = unique("Bài tác giả muốn tự đăng");
			mvc.perform(withHostileFields(articleForm("/admin/articles", title, "publish", 0), admin.id(), victim.getId())
				.with(user(author)).with(csrf())).andReturn();
			assertThat(jdbc.queryForObject("select count(*) from article where owner_id = ? and status = 'PUBLISHED'",
					Long.class, author.id())).isZero();
		}

		@Test
		void editingKeepsTheOwnerAndTheWorkflowsStatus() throws Exception {
			Map<String, Object> victimBefore = row("article", victim.getId());
			long id = idIn(saved(articleForm("/admin/articles", unique("Bản nháp sẽ sửa"), "save", 0).with(user(author))));

			saved(withHostileFields(articleForm("/admin/articles/" + id, unique("Bản nháp đã sửa"), "save", 0), admin.id(),
					victim.getId(), "version").with(user(author)));
			Map<String, Object> edited = row("article", id);
			assertThat(edited.get("status")).isEqualTo("DRAFT");
			assertThat(edited.get("owner_id")).isEqualTo(author.id());
			assertThat(edited.get("featured")).isEqualTo(false);
			assertThat(edited.get("deleted_at")).isNull();
			assertThat(edited.get("published_at")).isNull();
			assertSlugNotTaken(edited.get("slug"));

			// an editor saving it does not become its owner either
			saved(withHostileFields(articleForm("/admin/articles/" + id, unique("Bản nháp biên tập viên sửa"), "save",
					(Long) edited.get("version")), editor.id(), victim.getId(), "version")
				.with(user(editor)));
			Map<String, Object> byEditor = row("article", id);
			assertThat(byEditor.get("owner_id")).isEqualTo(author.id());
			assertThat(byEditor.get("updated_by")).isEqualTo(editor.id());
			assertThat(byEditor.get("status")).isEqualTo("DRAFT");
			assertThat(byEditor.get("published_at")).isNull();
			assertThat(row("article", victim.getId())).isEqualTo(victimBefore);
		}

		@Test
		void theAutosaveNeverTouchesTheArticle() throws Exception {
			long id = idIn(saved(articleForm("/admin/articles", unique("Bản nháp tự lưu"), "save", 0).with(user(author))));
			Map<String, Object> before = row("article", id);
			MockHttpServletResponse answer = mvc.perform(withHostileFields(
					articleForm("/admin/articles/" + id + "/autosave", "Tiêu đề tự lưu", "save", 0), admin.id(),
					victim.getId(), "version").header("X-Requested-With", "XMLHttpRequest").with(user(author))
				.with(csrf())).andReturn().getResponse();
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(row("article", id)).isEqualTo(before);
			assertThat(jdbc.queryForList("select user_id from article_autosave where article_id = ?", Long.class, id))
				.containsExactly(author.id());
			assertThat(jdbc.queryForObject("select count(*) from article_autosave where article_id = ?", Long.class,
					victim.getId())).isZero();
		}

	}

	// ---- accounts --------------------------------------------------------------------------------

	@Nested
	class Accounts {

		static final String NEW_PASSWORD = "Hoinghi21diemcau";

		@Test
		void changingOnesPasswordChangesNothingElse() throws Exception {
			PortalUser author = content.user(unique("ma-ca-nhan").replace(' ', '-'), Role.AUTHOR);
			Map<String, Object> adminBefore = row("app_user", admin.id());
			Map<String, Object> before = row("app_user", author.id());
			String url = saved(withHostileFields(post("/admin/account/password")
				.param("currentPassword", "mat-khau-" + author.username()).param("password", NEW_PASSWORD)
				.param("passwordConfirmation", NEW_PASSWORD).param("displayName", "Quản trị viên giả"), admin.id(),
					admin.id()).with(user(author)));
			assertThat(url).isEqualTo("/admin");
			Map<String, Object> after = row("app_user", author.id());
			assertThat(after.get("password_hash")).isNotEqualTo(before.get("password_hash"))
				.isNotEqualTo("{noop}gia-mao");
			for (String column : List.of("username", "display_name", "role", "enabled", "created_at")) {
				assertThat(after.get(column)).as(column).isEqualTo(before.get(column));
			}
			assertThat(after.get("role")).isEqualTo("AUTHOR");
			assertThat(row("app_user", admin.id())).isEqualTo(adminBefore);
		}

		@Test
		void theAdministratorsUserFormsSetOnlyNameRoleAndPassword() throws Exception {
			PortalUser other = content.user("ma-nguoi-khac", Role.EDITOR);
			Map<String, Object> otherBefore = row("app_user", other.id());
			String username = unique("ma-moi").replace(' ', '-');
			saved(withHostileFields(post("/admin/users").param("username", username).param("displayName", "Cán bộ mới")
				.param("role", "AUTHOR").param("password", NEW_PASSWORD).param("passwordConfirmation", NEW_PASSWORD),
					other.id(), other.id(), "username", "role").with(user(admin)));
			long id = idWhere("app_user", "username", username);
			Map<String, Object> created = row("app_user", id);
			assertThat(id).isNotEqualTo(other.id());
			assertThat(created.get("enabled")).isEqualTo(true);
			assertThat(created.get("role")).isEqualTo("AUTHOR");
			assertThat(created.get("version")).isEqualTo(0L);
			assertThat((String) created.get("password_hash")).isNotEqualTo("{noop}gia-mao").doesNotStartWith("{noop}");
			assertSetNow(created.get("created_at"));

			saved(withHostileFields(post("/admin/users/" + id).param("displayName", "Tên đã sửa").param("role", "EDITOR")
				.param("version", "0"), other.id(), other.id(), "role", "version").with(user(admin)));
			Map<String, Object> updated = row("app_user", id);
			assertThat(updated.get("display_name")).isEqualTo("Tên đã sửa");
			assertThat(updated.get("role")).isEqualTo("EDITOR");
			assertThat(updated.get("username")).isEqualTo(username);
			assertThat(updated.get("enabled")).isEqualTo(true);
			assertThat(updated.get("password_hash")).isEqualTo(created.get("password_hash"));
			assertThat(row("app_user", other.id())).isEqualTo(otherBefore);
		}

	}

	// ---- media -----------------------------------------------------------------------------------

	@Nested
	class Media {

		PortalUser author = content.user("ma-anh", Role.AUTHOR);

		long upload(PortalUser who, String caption, boolean hostile, long otherRecordId) throws Exception {
			var request = multipart("/admin/media").file(new MockMultipartFile("file", "anh.png", "image/png", png()))
				.param("caption", caption);
			if (hostile) {
				withHostileFields(request, admin.id(), otherRecordId);
			}
			saved(request.with(user(who)));
			return idWhere("media_item", "caption", caption);
		}

		@Test
		void anUploadIsTheUploadersWithTheServersNameAndType() throws Exception {
			long victim = upload(admin, unique("Ảnh của quản trị"), false, 0);
			Map<String, Object> victimBefore = row("media_item", victim);
			long id = upload(author, unique("Ảnh của tác giả"), true, victim);
			Map<String, Object> item = row("media_item", id);
			assertThat(id).isNotEqualTo(victim);
			assertThat(item.get("uploaded_by")).isEqualTo(author.id());
			assertThat(item.get("content_type")).isEqualTo("image/png");
			assertThat((String) item.get("storage_key")).matches("\\d{4}/\\d{2}/[0-9a-f-]{36}\\.png");
			assertThat(item.get("size_bytes")).isEqualTo((long) png().length);
			assertSetNow(item.get("created_at"));

			saved(withHostileFields(post("/admin/media/" + id).param("caption", "Chú thích mới").param("altText", "Ảnh")
				.param("credit", "Ảnh: Tác giả"), admin.id(), victim).with(user(author)));
			Map<String, Object> described = row("media_item", id);
			assertThat(described.get("caption")).isEqualTo("Chú thích mới");
			for (String column : List.of("uploaded_by", "content_type", "storage_key", "size_bytes", "created_at")) {
				assertThat(described.get(column)).as(column).isEqualTo(item.get(column));
			}
			assertThat(row("media_item", victim)).isEqualTo(victimBefore);
		}

	}

	// ---- meetings, documents, categories -------------------------------------------------------

	@Nested
	class Records {

		PortalUser editor = content.user("ma-bien-tap-ho-so", Role.EDITOR);

		MockHttpServletRequestBuilder meetingForm(String path, String title, long version) {
			return post(path).param("title", title).param("kind", "BRIEFING").param("status", "PLANNED")
				.param("startsAt", "2031-03-03T08:00").param("format", "IN_PERSON").param("place", "Hội trường")
				.param("version", String.valueOf(version));
		}

		@Test
		void meetings() throws Exception {
			long victim = idIn(saved(meetingForm("/admin/meetings", unique("Hội nghị của người khác"), 0).with(user(admin))));
			Map<String, Object> victimBefore = row("meeting", victim);
			long id = idIn(saved(withHostileFields(meetingForm("/admin/meetings", unique("Hội nghị giao ban"), 0),
					admin.id(), victim, "status", "version").with(user(editor))));
			Map<String, Object> meeting = row("meeting", id);
			assertThat(id).isNotEqualTo(victim);
			assertThat(meeting.get("status")).isEqualTo("PLANNED");
			assertThat(meeting.get("version")).isEqualTo(0L);
			assertSlugNotTaken(meeting.get("slug"));
			assertSetNow(meeting.get("created_at"));
			assertSetNow(meeting.get("updated_at"));

			saved(withHostileFields(meetingForm("/admin/meetings/" + id, (String) meeting.get("title"), 0), admin.id(),
					victim, "status", "version").with(user(editor)));
			Map<String, Object> updated = row("meeting", id);
			assertThat(updated.get("slug")).isEqualTo(meeting.get("slug"));
			assertThat(updated.get("created_at")).isEqualTo(meeting.get("created_at"));
			assertThat(row("meeting", victim)).isEqualTo(victimBefore);
		}

		MockHttpServletRequestBuilder documentForm(String path, int number, String title, long version) {
			return post(path).param("type", "DIRECTIVE").param("number", String.valueOf(number)).param("symbol", "CT/TW")
				.param("issuer", "POLITBURO").param("title", title).param("status", "IN_FORCE")
				.param("version", String.valueOf(version));
		}

		@Test
		void documents() throws Exception {
			long victim = idIn(saved(documentForm("/admin/documents", 9000 + SEQUENCE.incrementAndGet(),
					"Chỉ thị của người khác", 0).with(user(admin))));
			Map<String, Object> victimBefore = row("party_document", victim);
			int number = 9000 + SEQUENCE.incrementAndGet();
			long id = idIn(saved(withHostileFields(documentForm("/admin/documents", number, "Chỉ thị mới", 0), admin.id(),
					victim, "status", "version").with(user(editor))));
			Map<String, Object> document = row("party_document", id);
			assertThat(id).isNotEqualTo(victim);
			assertThat(document.get("deleted_at")).isNull();
			assertThat(document.get("version")).isEqualTo(0L);
			assertSlugNotTaken(document.get("slug"));
			assertSetNow(document.get("created_at"));

			saved(withHostileFields(documentForm("/admin/documents/" + id, number, "Chỉ thị đã sửa", 0), admin.id(),
					victim, "status", "version").with(user(editor)));
			Map<String, Object> updated = row("party_document", id);
			assertThat(updated.get("title")).isEqualTo("Chỉ thị đã sửa");
			assertThat(updated.get("deleted_at")).isNull();
			assertThat(updated.get("slug")).isEqualTo(document.get("slug"));
			assertThat(updated.get("created_at")).isEqualTo(document.get("created_at"));
			assertThat(row("party_document", victim)).isEqualTo(victimBefore);
		}

		MockHttpServletRequestBuilder categoryForm(String path, String name, long version) {
			return post(path).param("name", name).param("description", "Mô tả").param("position", "5")
				.param("showOnHome", "true").param("version", String.valueOf(version));
		}

		@Test
		void categories() throws Exception {
			Category victim = content.category(unique("Chuyên mục của người khác"));
			Map<String, Object> victimBefore = row("category", victim.getId());
			String name = unique("Chuyên mục mới");
			saved(withHostileFields(categoryForm("/admin/categories", name, 0), admin.id(), victim.getId(), "version")
				.with(user(editor)));
			long id = idWhere("category", "name", name);
			Map<String, Object> category = row("category", id);
			assertThat(id).isNotEqualTo(victim.getId());
			assertSlugNotTaken(category.get("slug"));
			assertThat(category.get("version")).isEqualTo(0L);

			saved(withHostileFields(categoryForm("/admin/categories/" + id, name, 0), admin.id(), victim.getId(),
					"version").with(user(editor)));
			assertThat(row("category", id).get("slug")).isEqualTo(category.get("slug"));
			assertThat(row("category", victim.getId())).isEqualTo(victimBefore);
		}

	}

	// ---- staffing ----------------------------------------------------------------------------------

	/** A STATISTICS user keeps the figures; who changed them is the logged-in user, not a field. */
	@Nested
	class Staffing {

		PortalUser statistics = content.user("ma-thong-ke", Role.STATISTICS);

		MockHttpServletRequestBuilder periodForm(String name, int start) {
			return post("/admin/staffing/periods").param("name", name).param("startYear", String.valueOf(start))
				.param("endYear", String.valueOf(start + 4)).param("targetPercent", "10");
		}

		MockHttpServletRequestBuilder unitForm(String path, String name, long version) {
			return post(path).param("name", name).param("kind", "DEPARTMENT").param("position", "3")
				.param("status", "ACTIVE").param("version", String.valueOf(version));
		}

		MockHttpServletRequestBuilder figureForm(long unit, long period, int officials) {
			return post("/admin/staffing/figures/" + unit + "/" + period).param("officials", String.valueOf(officials))
				.param("publicEmployees", "20").param("otherPosts", "3").param("employed", "30");
		}

		@Test
		void periodsUnitsAndFigures() throws Exception {
			int year = 2060;
			long victimPeriod = idIn(saved(periodForm(unique("Giai đoạn của người khác"), year - 10).with(user(admin))));
			long victimUnit = idIn(saved(unitForm("/admin/staffing/units", unique("Sở của người khác"), 0).with(user(admin))));
			saved(figureForm(victimUnit, victimPeriod, 50).with(user(admin)));
			Map<String, Object> victimPeriodBefore = row("staffing_period", victimPeriod);
			Map<String, Object> victimUnitBefore = row("staffing_unit", victimUnit);
			Map<String, Object> victimFigureBefore = jdbc.queryForMap(
					"select * from staffing_figure where unit_id = ? and period_id = ?", victimUnit, victimPeriod);

			long period = idIn(saved(withHostileFields(periodForm(unique("Giai đoạn mới"), year), admin.id(),
					victimPeriod).with(user(statistics))));
			assertThat(period).isNotEqualTo(victimPeriod);
			assertThat(row("staffing_period", period).get("version")).isEqualTo(0L);

			long unit = idIn(saved(withHostileFields(unitForm("/admin/staffing/units", unique("Sở mới"), 0), admin.id(),
					victimUnit, "status", "version").with(user(statistics))));
			Map<String, Object> created = row("staffing_unit", unit);
			assertThat(unit).isNotEqualTo(victimUnit);
			assertSlugNotTaken(created.get("slug"));
			saved(withHostileFields(unitForm("/admin/staffing/units/" + unit, (String) created.get("name"), 0),
					admin.id(), victimUnit, "status", "version").with(user(statistics)));
			assertThat(row("staffing_unit", unit).get("slug")).isEqualTo(created.get("slug"));
			assertThat(jdbc.queryForList("select changed_by from staffing_change where unit_id = ?", String.class, unit))
				.isNotEmpty().containsOnly(statistics.username());

			saved(withHostileFields(figureForm(unit, period, 40), admin.id(), victimUnit, "version")
				.param("unitId", String.valueOf(victimUnit)).param("periodId", String.valueOf(victimPeriod))
				.with(user(statistics)));
			Map<String, Object> figure = jdbc.queryForMap(
					"select * from staffing_figure where unit_id = ? and period_id = ?", unit, period);
			assertThat(figure.get("officials")).isEqualTo(40);
			assertThat(figure.get("updated_by")).isEqualTo(statistics.username());
			assertThat(figure.get("version")).isEqualTo(0L);
			assertThat(jdbc.queryForList("select changed_by from staffing_change where unit_id = ? and period_id = ?",
					String.class, unit, period)).isNotEmpty().containsOnly(statistics.username());

			assertThat(row("staffing_period", victimPeriod)).isEqualTo(victimPeriodBefore);
			assertThat(row("staffing_unit", victimUnit)).isEqualTo(victimUnitBefore);
			assertThat(jdbc.queryForMap("select * from staffing_figure where unit_id = ? and period_id = ?", victimUnit,
					victimPeriod)).isEqualTo(victimFigureBefore);
		}

	}

	// ---- congresses ------------------------------------------------------------------------------

	@Nested
	class Congresses {

		PortalUser statistics = content.user("ma-thong-ke-dai-hoi", Role.STATISTICS);

		MockHttpServletRequestBuilder termForm(String path, String name, int start, long version) {
			return post(path).param("name", name).param("startYear", String.valueOf(start))
				.param("endYear", String.valueOf(start + 5)).param("version", String.valueOf(version));
		}

		MockHttpServletRequestBuilder committeeForm(String path, String name, long version) {
			return post(path).param("name", name).param("level", "ABOVE_GRASSROOTS").param("position", "4")
				.param("version", String.valueOf(version));
		}

		MockHttpServletRequestBuilder congressForm(String path, long committee, long term, int start, long version) {
			return post(path).param("committeeId", String.valueOf(committee)).param("termId", String.valueOf(term))
				.param("ordinal", "5").param("status", "HELD").param("startedOn", start + "-04-10")
				.param("endedOn", start + "-04-11").param("place", "Hội trường").param("version", String.valueOf(version));
		}

		MockHttpServletRequestBuilder resultForm(long congress) {
			return post("/admin/congresses/" + congress + "/result").param("delegatesSummoned", "200")
				.param("delegatesAttending", "198").param("executivePlanned", "33").param("executiveElected", "33")
				.param("electedInOneRound", "true").param("standingSize", "9").param("womenPercent", "15,5")
				.param("secretary", "Nguyễn Văn An – Bí thư");
		}

		long term(String name, int start, PortalUser who, boolean hostile, long otherRecordId) throws Exception {
			var request = termForm("/admin/congresses/terms", name, start, 0);
			if (hostile) {
				withHostileFields(request, admin.id(), otherRecordId, "version");
			}
			saved(request.with(user(who)));
			return idWhere("congress_term", "name", name);
		}

		@Test
		void termsCommitteesCongressesAndResults() throws Exception {
			int start = 2010;
			long victimTerm = term(unique("Nhiệm kỳ của người khác"), start - 5, admin, false, 0);
			long victimCommittee = idIn(saved(committeeForm("/admin/congresses/committees",
					unique("Đảng bộ của người khác"), 0).with(user(admin))));
			long victimCongress = idIn(saved(congressForm("/admin/congresses", victimCommittee, victimTerm, start - 5, 0)
				.with(user(admin))));
			saved(resultForm(victimCongress).with(user(admin)));
			Map<String, Map<String, Object>> victimsBefore = victims(victimTerm, victimCommittee, victimCongress);

			long term = term(unique("Nhiệm kỳ mới"), start, statistics, true, victimTerm);
			assertThat(term).isNotEqualTo(victimTerm);
			saved(withHostileFields(termForm("/admin/congresses/terms/" + term, unique("Nhiệm kỳ đã sửa"), start, 0),
					admin.id(), victimTerm, "version").with(user(statistics)));

			long committee = idIn(saved(withHostileFields(committeeForm("/admin/congresses/committees",
					unique("Đảng bộ mới"), 0), admin.id(), victimCommittee, "version").with(user(statistics))));
			Map<String, Object> createdCommittee = row("party_committee", committee);
			assertThat(committee).isNotEqualTo(victimCommittee);
			assertSlugNotTaken(createdCommittee.get("slug"));
			saved(withHostileFields(committeeForm("/admin/congresses/committees/" + committee,
					(String) createdCommittee.get("name"), 0), admin.id(), victimCommittee, "version")
				.with(user(statistics)));
			assertThat(row("party_committee", committee).get("slug")).isEqualTo(createdCommittee.get("slug"));

			long congress = idIn(saved(withHostileFields(congressForm("/admin/congresses", committee, term, start, 0),
					admin.id(), victimCongress, "status", "version").with(user(statistics))));
			Map<String, Object> createdCongress = row("congress", congress);
			assertThat(congress).isNotEqualTo(victimCongress);
			assertThat(createdCongress.get("updated_by")).isEqualTo(statistics.username());
			assertThat(createdCongress.get("version")).isEqualTo(0L);
			assertSlugNotTaken(createdCongress.get("slug"));
			assertSetNow(createdCongress.get("created_at"));
			saved(withHostileFields(congressForm("/admin/congresses/" + congress, committee, term, start, 0), admin.id(),
					victimCongress, "status", "version").with(user(statistics)));
			assertThat(row("congress", congress).get("updated_by")).isEqualTo(statistics.username());
			assertThat(row("congress", congress).get("slug")).isEqualTo(createdCongress.get("slug"));

			saved(withHostileFields(resultForm(congress), admin.id(), victimCongress, "version")
				.param("congressId", String.valueOf(victimCongress)).with(user(statistics)));
			Map<String, Object> result = jdbc.queryForMap("select * from congress_result where congress_id = ?", congress);
			assertThat(result.get("updated_by")).isEqualTo(statistics.username());
			assertThat(result.get("delegates_attending")).isEqualTo(198);
			assertThat(jdbc.queryForList("select changed_by from congress_change where congress_id = ?", String.class,
					congress)).isNotEmpty().containsOnly(statistics.username());

			assertThat(victims(victimTerm, victimCommittee, victimCongress)).isEqualTo(victimsBefore);
		}

		Map<String, Map<String, Object>> victims(long term, long committee, long congress) {
			Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
			rows.put("term", row("congress_term", term));
			rows.put("committee", row("party_committee", committee));
			rows.put("congress", row("congress", congress));
			rows.put("result", jdbc.queryForMap("select * from congress_result where congress_id = ?", congress));
			return rows;
		}

	}

	// ---- the administrator's pages: about, links, banner -----------------------------------------

	@Nested
	class SitePages {

		@Test
		void aboutPagesUnitsLeadersAndContact() throws Exception {
			String victimTitle = unique("Trang của người khác");
			saved(post("/admin/about/pages").param("titleVi", victimTitle).param("bodyVi", "<p>Nội dung.</p>")
				.param("position", "1").with(user(admin)));
			long victim = idWhere("about_page", "title_vi", victimTitle);
			Map<String, Object> victimBefore = row("about_page", victim);

			String title = unique("Chức năng nhiệm vụ");
			saved(withHostileFields(post("/admin/about/pages").param("titleVi", title).param("bodyVi", "<p>Nội dung.</p>")
				.param("position", "2").param("version", "0"), admin.id(), victim, "version").with(user(admin)));
			long page = idWhere("about_page", "title_vi", title);
			Map<String, Object> created = row("about_page", page);
			assertThat(page).isNotEqualTo(victim);
			assertSlugNotTaken(created.get("slug"));
			assertSetNow(created.get("updated_at"));
			saved(withHostileFields(post("/admin/about/pages/" + page).param("titleVi", title)
				.param("bodyVi", "<p>Nội dung mới.</p>").param("position", "2").param("version", "0"), admin.id(), victim,
					"version").with(user(admin)));
			assertThat(row("about_page", page).get("slug")).isEqualTo(created.get("slug"));
			assertThat(row("about_page", victim)).isEqualTo(victimBefore);

			String unitName = unique("Phòng Tổ chức đảng");
			saved(withHostileFields(post("/admin/about/units").param("nameVi", unitName).param("position", "1")
				.param("version", "0"), admin.id(), victim, "version").with(user(admin)));
			long unit = idWhere("about_unit", "name_vi", unitName);
			assertThat(row("about_unit", unit).get("version")).isEqualTo(0L);
			saved(withHostileFields(post("/admin/about/units/" + unit).param("nameVi", unitName).param("position", "1")
				.param("version", "0"), admin.id(), victim, "version").with(user(admin)));

			String leader = unique("Nguyễn Văn Bình");
			saved(withHostileFields(post("/admin/about/leaders").param("name", leader).param("titleVi", "Trưởng ban")
				.param("position", "1").param("version", "0"), admin.id(), victim, "version").with(user(admin)));
			long leaderId = idWhere("about_leader", "name", leader);
			saved(withHostileFields(post("/admin/about/leaders/" + leaderId).param("name", leader)
				.param("titleVi", "Phó Trưởng ban").param("position", "1").param("version", "0"), admin.id(), victim,
					"version").with(user(admin)));
			assertThat(row("about_leader", leaderId).get("title_vi")).isEqualTo("Phó Trưởng ban");

			long contactVersion = jdbc.queryForObject("select version from about_contact", Long.class);
			saved(withHostileFields(post("/admin/about/contact").param("addressVi", "Số 7 Trường Thi")
				.param("officerName", "Cán bộ trực").param("version", String.valueOf(contactVersion)), admin.id(), 2,
					"version").with(user(admin)));
			assertThat(jdbc.queryForList("select id from about_contact", Integer.class)).containsExactly(1);
			assertThat(jdbc.queryForObject("select address_vi from about_contact", String.class))
				.isEqualTo("Số 7 Trường Thi");
		}

		@Test
		void linksAndBanner() throws Exception {
			String victimTitle = unique("Liên kết của người khác");
			saved(post("/admin/links").param("title", victimTitle).param("url", "https://dangcongsan.vn")
				.param("position", "1").with(user(admin)));
			long victim = idWhere("website_link", "title", victimTitle);
			Map<String, Object> victimBefore = row("website_link", victim);

			String title = unique("Cổng thông tin tỉnh");
			saved(withHostileFields(post("/admin/links").param("title", title).param("url", "https://nghean.gov.vn")
				.param("position", "2").param("version", "0"), admin.id(), victim, "version").with(user(admin)));
			long link = idWhere("website_link", "title", title);
			assertThat(link).isNotEqualTo(victim);
			assertThat(row("website_link", link).get("version")).isEqualTo(0L);
			saved(withHostileFields(post("/admin/links/" + link).param("title", title).param("url", "https://nghean.gov.vn/")
				.param("position", "2").param("version", "0"), admin.id(), victim, "version").with(user(admin)));
			assertThat(row("website_link", victim)).isEqualTo(victimBefore);

			long bannerVersion = jdbc.queryForObject("select version from site_banner", Long.class);
			saved(withHostileFields(post("/admin/banner").param("ownerLine", "Đảng bộ tỉnh Nghệ An")
				.param("nameLine", "Ban Tổ chức Tỉnh ủy").param("version", String.valueOf(bannerVersion)), admin.id(), 2,
					"version").with(user(admin)));
			assertThat(jdbc.queryForList("select id from site_banner", Integer.class)).containsExactly(1);
			assertThat(jdbc.queryForObject("select name_line from site_banner", String.class))
				.isEqualTo("Ban Tổ chức Tỉnh ủy");
		}

	}

	// ---- readers' comments and their moderation, "Góp ý" ------------------------------------------

	@Nested
	class ReadersAndModeration {

		PortalUser editor = content.user("ma-kiem-duyet", Role.EDITOR);

		Category category = content.category(unique("Chuyên mục ý kiến"));

		@Test
		void aReadersCommentWaitsForModerationAndModeratingChangesOnlyItsStatus() throws Exception {
			Article article = content.published(category, unique("Bài nhận ý kiến"), Instant.now().minus(Duration.ofDays(1)));
			Article other = content.published(category, unique("Bài khác"), Instant.now().minus(Duration.ofDays(1)));
			String text = unique("Ý kiến của bạn đọc về công tác cán bộ");
			String answer = saved(withHostileFields(post(article.getPath() + "/y-kien").param("name", "Bạn đọc")
				.param("email", "bandoc@example.vn").param("text", text), admin.id(), other.getId(), "status")
				.param("status", "APPROVED").with(from("203.0.113.71")));
			assertThat(answer).startsWith(article.getPath());
			long id = idWhere("article_comment", "body", text);
			Map<String, Object> comment = row("article_comment", id);
			assertThat(comment.get("status")).isEqualTo("PENDING");
			assertThat(comment.get("article_id")).isEqualTo(article.getId());
			assertThat(comment.get("moderated_by")).isNull();
			assertThat(comment.get("moderated_at")).isNull();
			assertThat(comment.get("version")).isEqualTo(0L);
			assertSetNow(comment.get("created_at"));

			saved(withHostileFields(post("/admin/comments/" + id + "/approve").param("version", "0")
				.param("body", "Nội dung bị thay").param("authorName", "Tên bị thay").param("email", "khac@example.vn")
				.param("text", "Nội dung bị thay"), admin.id(), other.getId(), "version", "status").param("status", "SPAM")
				.with(user(editor)));
			Map<String, Object> moderated = row("article_comment", id);
			assertThat(moderated.get("status")).isEqualTo("APPROVED");
			assertThat(moderated.get("moderated_by")).isEqualTo(editor.id());
			assertSetNow(moderated.get("moderated_at"));
			for (String column : List.of("article_id", "author_name", "email", "body", "created_at")) {
				assertThat(moderated.get(column)).as(column).isEqualTo(comment.get(column));
			}
		}

		@Test
		void feedbackArrivesUnread() throws Exception {
			String subject = unique("Góp ý về trang tin");
			saved(withHostileFields(post("/gop-y").param("name", "Bạn đọc").param("email", "bandoc@example.vn")
				.param("subject", subject).param("body", "Nội dung góp ý."), admin.id(), 1)
				.with(from("203.0.113.72")));
			Map<String, Object> feedback = row("reader_feedback", idWhere("reader_feedback", "subject", subject));
			assertThat(feedback.get("read_at")).isNull();
			assertThat(feedback.get("read_by")).isNull();
			assertThat(feedback.get("version")).isEqualTo(0L);
			assertSetNow(feedback.get("created_at"));
		}

	}

	/** Guards the guard: the added fields name what no form may set; "author" is the article's byline, a real field. */
	@Test
	void theAddedFieldsCoverOwnerStatusRoleAndIdentity() {
		assertThat(hostileFields(1, 2)).containsKeys("id", "status", "published", "owner", "owner.id", "ownerId",
				"authorId", "author.id", "createdBy", "role", "roles", "enabled", "version", "deleted", "deletedAt",
				"viewCount").doesNotContainKey("author");
	}

}
