package vn.tochuc.portal.news;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.util.ReflectionTestUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The newsroom's rules, without a database: workflow, who may edit, and what a form may carry. */
class ArticleRulesTest {

	static final Instant NOW = Instant.parse("2025-03-15T01:30:00Z");

	static final long OWNER_ID = 7L;

	static UserAccount account(long id, Role role) {
		UserAccount account = new UserAccount("user" + id, "{noop}x", "Người dùng " + id, role);
		ReflectionTestUtils.setField(account, "id", id);
		return account;
	}

	static PortalUser user(long id, Role role) {
		return new PortalUser(id, "user" + id, "{noop}x", "Người dùng " + id, role, true);
	}

	static Article article(UserAccount owner, ArticleStatus status) {
		Article article = new Article("hoi-nghi-truc-tuyen", owner, NOW);
		article.moveTo(status, NOW);
		return article;
	}

	@Nested
	class NextStatus {

		@ParameterizedTest
		@EnumSource(ArticleStatus.class)
		void savingKeepsTheStatus(ArticleStatus current) {
			assertThat(ArticleService.nextStatus(current, false, EditorAction.SAVE)).isEqualTo(current);
			assertThat(ArticleService.nextStatus(current, true, EditorAction.SAVE)).isEqualTo(current);
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
		void submittingSendsAnythingNotLiveForReview(ArticleStatus current) {
			assertThat(ArticleService.nextStatus(current, false, EditorAction.SUBMIT)).isEqualTo(ArticleStatus.PENDING);
		}

		@Test
		void submittingChangesToALiveArticleKeepsItLive() {
			// The changes wait on a working copy; readers keep the published text.
			assertThat(ArticleService.nextStatus(ArticleStatus.PUBLISHED, false, EditorAction.SUBMIT))
				.isEqualTo(ArticleStatus.PUBLISHED);
		}

		@ParameterizedTest
		@EnumSource(ArticleStatus.class)
		void publishingAlwaysPublishes(ArticleStatus current) {
			assertThat(ArticleService.nextStatus(current, false, EditorAction.PUBLISH)).isEqualTo(ArticleStatus.PUBLISHED);
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
		void schedulingAnythingNotLive(ArticleStatus current) {
			assertThat(ArticleService.nextStatus(current, false, EditorAction.SCHEDULE)).isEqualTo(ArticleStatus.SCHEDULED);
		}

		@Test
		void schedulingALiveArticleIsAWorkflowError() {
			assertWorkflowError(ArticleStatus.PUBLISHED, false, EditorAction.SCHEDULE, "article.workflow.alreadyPublished");
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = { "PUBLISHED", "SCHEDULED" })
		void unpublishingTakesDownWhatIsLiveOrAboutToBe(ArticleStatus current) {
			assertThat(ArticleService.nextStatus(current, false, EditorAction.UNPUBLISH))
				.isEqualTo(ArticleStatus.UNPUBLISHED);
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = { "PUBLISHED", "SCHEDULED" }, mode = EnumSource.Mode.EXCLUDE)
		void unpublishingWhatIsNotLiveIsAWorkflowError(ArticleStatus current) {
			assertWorkflowError(current, false, EditorAction.UNPUBLISH, "article.workflow.notPublished");
		}

		@Test
		void sendingBackAPendingArticleMakesItADraftAgain() {
			assertThat(ArticleService.nextStatus(ArticleStatus.PENDING, false, EditorAction.SEND_BACK))
				.isEqualTo(ArticleStatus.DRAFT);
		}

		@Test
		void sendingBackSubmittedChangesToALiveArticleKeepsItLive() {
			assertThat(ArticleService.nextStatus(ArticleStatus.PUBLISHED, true, EditorAction.SEND_BACK))
				.isEqualTo(ArticleStatus.PUBLISHED);
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
		void sendingBackWhatWasNotSubmittedIsAWorkflowError(ArticleStatus current) {
			assertWorkflowError(current, false, EditorAction.SEND_BACK, "article.workflow.nothingToSendBack");
		}

		@Test
		void anUnpublishedArticleCanBePublishedAgainAndKeepsItsFirstPublicationTime() {
			Article article = article(account(OWNER_ID, Role.AUTHOR), ArticleStatus.PUBLISHED);
			article.moveTo(ArticleService.nextStatus(article.getStatus(), false, EditorAction.UNPUBLISH),
					NOW.plusSeconds(60));
			assertThat(article.getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
			assertThat(article.isLive()).isFalse();
			article.moveTo(ArticleService.nextStatus(article.getStatus(), false, EditorAction.PUBLISH),
					NOW.plusSeconds(120));
			assertThat(article.isLive()).isTrue();
			assertThat(article.getPublishedAt()).isEqualTo(NOW);
		}

		@Test
		void leavingTheScheduledStatusForgetsTheScheduledTime() {
			Article article = article(account(OWNER_ID, Role.AUTHOR), ArticleStatus.DRAFT);
			article.scheduleFor(NOW.plusSeconds(3600));
			article.moveTo(ArticleStatus.SCHEDULED, NOW);
			assertThat(article.getScheduledAt()).isEqualTo(NOW.plusSeconds(3600));
			assertThat(article.isLive()).isFalse();
			assertThat(article.getPublishedAt()).isNull();
			article.moveTo(ArticleService.nextStatus(article.getStatus(), false, EditorAction.UNPUBLISH), NOW);
			assertThat(article.getScheduledAt()).isNull();
		}

		private static void assertWorkflowError(ArticleStatus current, boolean workingSubmitted, EditorAction action,
				String messageKey) {
			assertThatExceptionOfType(WorkflowException.class)
				.isThrownBy(() -> ArticleService.nextStatus(current, workingSubmitted, action))
				.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo(messageKey));
		}

	}

	@Nested
	class Actions {

		@ParameterizedTest
		@CsvSource({ "save, SAVE", "submit, SUBMIT", "publish, PUBLISH", "schedule, SCHEDULE", "unpublish, UNPUBLISH",
				"send-back, SEND_BACK", "send_back, SEND_BACK", "PUBLISH, PUBLISH", "Submit, SUBMIT", "'  save  ', SAVE",
				"'\tpublish\n', PUBLISH" })
		void theButtonsOfTheForm(String value, EditorAction action) {
			assertThat(EditorAction.parse(value)).contains(action);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\t" })
		void noButtonMeansSave(String value) {
			assertThat(EditorAction.parse(value)).contains(EditorAction.SAVE);
		}

		@ParameterizedTest
		@ValueSource(strings = { "delete", "approve", "save;publish", "save,publish", "publish!", "xuat-ban", "lưu",
				"SAVE SUBMIT", "0", "null", "PUBLISHED", "valueOf" })
		void anythingElseIsUnknown(String value) {
			assertThat(EditorAction.parse(value)).isEmpty();
		}

		@Test
		void onlyEditorsMayDecideWhatReadersSee() {
			assertThat(EditorAction.SAVE.needsEditor()).isFalse();
			assertThat(EditorAction.SUBMIT.needsEditor()).isFalse();
			assertThat(EditorAction.PUBLISH.needsEditor()).isTrue();
			assertThat(EditorAction.SCHEDULE.needsEditor()).isTrue();
			assertThat(EditorAction.UNPUBLISH.needsEditor()).isTrue();
			assertThat(EditorAction.SEND_BACK.needsEditor()).isTrue();
		}

		@Test
		void parsingDoesNotDependOnTheDefaultLocale() {
			java.util.Locale before = java.util.Locale.getDefault();
			try {
				java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
				assertThat(EditorAction.parse("submit")).contains(EditorAction.SUBMIT);
				assertThat(EditorAction.parse("publish")).contains(EditorAction.PUBLISH);
			}
			finally {
				java.util.Locale.setDefault(before);
			}
		}

	}

	@Nested
	class MayEdit {

		final UserAccount owner = account(OWNER_ID, Role.AUTHOR);

		@ParameterizedTest
		@EnumSource(ArticleStatus.class)
		void administratorsAndEditorsMayEditAnything(ArticleStatus status) {
			Article article = article(owner, status);
			assertThat(ArticleService.mayEdit(article, user(1L, Role.ADMIN))).isTrue();
			assertThat(ArticleService.mayEdit(article, user(2L, Role.EDITOR))).isTrue();
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = { "DRAFT", "PENDING", "UNPUBLISHED" })
		void anAuthorMayEditTheirOwnArticlesThatAreNotLive(ArticleStatus status) {
			assertThat(ArticleService.mayEdit(article(owner, status), user(OWNER_ID, Role.AUTHOR))).isTrue();
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = { "PUBLISHED", "SCHEDULED" })
		void anAuthorMayNotEditTheirOwnArticleOnceAnEditorReleasedIt(ArticleStatus status) {
			assertThat(ArticleService.mayEdit(article(owner, status), user(OWNER_ID, Role.AUTHOR))).isFalse();
		}

		@ParameterizedTest
		@EnumSource(ArticleStatus.class)
		void anAuthorMayNotEditSomeoneElsesArticle(ArticleStatus status) {
			assertThat(ArticleService.mayEdit(article(owner, status), user(OWNER_ID + 1, Role.AUTHOR))).isFalse();
		}

		@Test
		void anAuthorMayNotEditAnArticleWithoutOwner() {
			assertThat(ArticleService.mayEdit(article(null, ArticleStatus.DRAFT), user(OWNER_ID, Role.AUTHOR))).isFalse();
		}

		@ParameterizedTest
		@EnumSource(ArticleStatus.class)
		void statisticsStaffMayEditNoArticle(ArticleStatus status) {
			assertThat(ArticleService.mayEdit(article(owner, status), user(OWNER_ID, Role.STATISTICS))).isFalse();
			assertThat(ArticleService.mayEdit(article(account(9L, Role.STATISTICS), status), user(9L, Role.STATISTICS)))
				.isFalse();
		}

		@Test
		void ownershipIsByIdNotByRole() {
			Article article = article(owner, ArticleStatus.DRAFT);
			assertThat(article.isOwnedBy(OWNER_ID)).isTrue();
			assertThat(article.isOwnedBy(OWNER_ID + 1)).isFalse();
			assertThat(article.isOwnedBy(null)).isFalse();
		}

	}

	@Nested
	class Content {

		@Test
		void fieldsAreTrimmedAndBlankOnesBecomeNull() {
			ArticleContent content = new ArticleContent("  Hội nghị trực tuyến  ", "\n Sapo của bài. \n", "<p>Tin</p>", 3L,
					"   ", " Báo Nghệ An ", 11L, "\t", true);
			assertThat(content.title()).isEqualTo("Hội nghị trực tuyến");
			assertThat(content.summary()).isEqualTo("Sapo của bài.");
			assertThat(content.byline()).isNull();
			assertThat(content.source()).isEqualTo("Báo Nghệ An");
			assertThat(content.coverCaption()).isNull();
			assertThat(content.categoryId()).isEqualTo(3L);
			assertThat(content.coverMediaId()).isEqualTo(11L);
			assertThat(content.featured()).isTrue();
		}

		@Test
		void nullsStayNullAndAMissingBodyIsEmpty() {
			ArticleContent content = new ArticleContent(null, null, null, null, null, null, null, null, false);
			assertThat(content.title()).isNull();
			assertThat(content.summary()).isNull();
			assertThat(content.body()).isEmpty();
			assertThat(content.byline()).isNull();
		}

		@Test
		void theBodyIsSanitizedOnConstruction() {
			ArticleContent content = new ArticleContent("Tiêu đề", null,
					"<p onclick=\"alert(1)\">Đại hội <a href=\"javascript:alert(1)\">xem</a></p><script>alert(2)</script>"
							+ "<img src=x onerror=alert(3)><iframe src=\"https://evil.example\"></iframe>",
					1L, null, null, null, null, false);
			assertThat(content.body()).isEqualTo("<p>Đại hội xem</p>");
		}

		@Test
		void sanitizingTwiceChangesNothing() {
			String body = "<h2>Kết quả</h2><p>Tin <a href=\"https://example.vn\">liên kết</a></p>";
			ArticleContent once = new ArticleContent("T", null, body, 1L, null, null, null, null, false);
			ArticleContent twice = new ArticleContent("T", null, once.body(), 1L, null, null, null, null, false);
			assertThat(twice.body()).isEqualTo(once.body());
			assertThat(once.body()).contains("rel=\"noopener noreferrer\"");
		}

		@Test
		void controlCharactersAreRemovedButLineBreaksAndTabsKept() {
			ArticleContent content = new ArticleContent("Hội\u0000 nghị\u0007", "Dòng 1\r\nDòng 2\tcột", null, 1L,
					"Mai\u001B Hương", null, null, null, false);
			assertThat(content.title()).isEqualTo("Hội nghị");
			assertThat(content.summary()).isEqualTo("Dòng 1\nDòng 2\tcột");
			assertThat(content.byline()).isEqualTo("Mai Hương");
		}

		@Test
		void onlyControlCharactersIsBlank() {
			assertThat(new ArticleContent("\u0000\u0007", null, null, 1L, null, null, null, null, false).title()).isNull();
		}

		@Test
		void whitespaceLeftBehindByControlCharactersIsTrimmedToo() {
			assertThat(new ArticleContent("\u0007 Hội nghị \u0000", null, null, 1L, null, null, null, null, false).title())
				.isEqualTo("Hội nghị");
		}

		@Test
		void nonBreakingSpacesAroundFieldsAreTrimmed() {
			assertThat(new ArticleContent("\u00A0Hội nghị trực tuyến\u00A0", null, null, 1L, null, null, null, null, false)
				.title()).isEqualTo("Hội nghị trực tuyến");
			assertThat(new ArticleContent("\u00A0\u00A0", null, null, 1L, null, null, null, null, false).title()).isNull();
		}

		@Test
		void aNewCoverKeepsEverythingElse() {
			ArticleContent content = new ArticleContent("Tiêu đề", "Sapo", "<p>Tin</p>", 3L, "Mai Hương", "TTXVN", 1L,
					"Chú thích", true, Classification.NONE);
			assertThat(content.withCover(9L)).isEqualTo(new ArticleContent("Tiêu đề", "Sapo", "<p>Tin</p>", 3L,
					"Mai Hương", "TTXVN", 9L, "Chú thích", true, Classification.NONE));
		}

		@Test
		void applyingContentCopiesEveryField() {
			Article article = new Article("tieu-de", account(OWNER_ID, Role.AUTHOR), NOW);
			Category category = new Category("cong-tac-can-bo", "Công tác cán bộ", null, 1, true);
			ArticleContent content = new ArticleContent(" Tiêu đề ", "Sapo", "<p>Thân bài</p>", 3L, "Mai Hương",
					"TTXVN", null, "Chú thích", true);
			article.apply(content, category, null, 42L, NOW.plusSeconds(5));
			assertThat(article.getTitle()).isEqualTo("Tiêu đề");
			assertThat(article.getSummary()).isEqualTo("Sapo");
			assertThat(article.getBody()).isEqualTo("<p>Thân bài</p>");
			assertThat(article.getCategory()).isSameAs(category);
			assertThat(article.getByline()).isEqualTo("Mai Hương");
			assertThat(article.getSource()).isEqualTo("TTXVN");
			assertThat(article.getCoverCaption()).isEqualTo("Chú thích");
			assertThat(article.isFeatured()).isTrue();
			assertThat(article.getUpdatedBy()).isEqualTo(42L);
			assertThat(article.getUpdatedAt()).isEqualTo(NOW.plusSeconds(5));
			assertThat(article.getCreatedAt()).isEqualTo(NOW);
			assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
			assertThat(article.getPath()).isEqualTo("/bai-viet/tieu-de");
			ReflectionTestUtils.setField(category, "id", 3L);
			assertThat(article.editableContent()).isEqualTo(content);
		}

	}

	@Nested
	class SecretContent {

		static ArticleContent content(String title, String body, Classification classification) {
			return new ArticleContent(title, null, body, 1L, null, null, null, null, false, classification);
		}

		@ParameterizedTest
		@EnumSource(value = Classification.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
		void contentMarkedSecretByTheFieldIsNeverPublishedOrScheduled(Classification classification) {
			ArticleContent secret = content("Báo cáo nhân sự", "<p>Nội dung</p>", classification);
			for (ArticleStatus target : new ArticleStatus[] { ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED }) {
				assertThatExceptionOfType(ClassifiedContentException.class)
					.isThrownBy(() -> ArticleService.requirePublishable(secret, target))
					.satisfies((ex) -> {
						assertThat(ex.getClassification()).isEqualTo(classification);
						assertThat(ex.isFoundInText()).isFalse();
						assertThat(ex.getMessageKey()).isEqualTo("article.classified.field");
					});
			}
		}

		@ParameterizedTest
		@EnumSource(value = ArticleStatus.class, names = { "DRAFT", "PENDING", "UNPUBLISHED" })
		void secretContentMayStillBeKeptAsADraft(ArticleStatus target) {
			ArticleService.requirePublishable(content("TỐI MẬT - Báo cáo", "<p>MẬT</p>", Classification.SECRET), target);
			assertThat(content("x", null, null).classification()).isEqualTo(Classification.NONE);
		}

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', textBlock = """
				TUYỆT MẬT – Kế hoạch nhân sự         | <p>Nội dung</p>                          | TOP_SECRET
				Kế hoạch nhân sự                     | <p><strong>TỐI MẬT</strong></p><p>Số 12</p> | SECRET
				Báo cáo                              | <p>MẬT</p><p>Kính gửi: Ban Thường vụ</p>  | CONFIDENTIAL
				(MẬT) Báo cáo                        | <p>Nội dung</p>                          | CONFIDENTIAL
				""")
		void aMarkingInTheTitleOrTheHeadOfTheBodyStopsPublishing(String title, String body, Classification marking) {
			assertThatExceptionOfType(ClassifiedContentException.class)
				.isThrownBy(() -> ArticleService.requirePublishable(content(title, body, Classification.NONE),
						ArticleStatus.PUBLISHED))
				.satisfies((ex) -> {
					assertThat(ex.getClassification()).isEqualTo(marking);
					assertThat(ex.isFoundInText()).isTrue();
					assertThat(ex.getMessageKey()).isEqualTo("article.classified.marking");
				});
		}

		@ParameterizedTest
		@ValueSource(strings = { "Hội nghị về công tác bảo vệ bí mật nhà nước", "Mật độ dân số tăng",
				"Tăng cường mật thiết với nhân dân", "MẬTXYZ không phải dấu mật", "Chuyện thâm MẬTHỌC" })
		void proseIsNotAMarking(String title) {
			ArticleService.requirePublishable(content(title, "<p>" + title + "</p>", Classification.NONE),
					ArticleStatus.PUBLISHED);
			assertThat(Classification.markedIn(title, "<p>" + title + "</p>")).isEmpty();
		}

		@Test
		void aMarkingInDecomposedUnicodeStillStopsPublishing() {
			String title = java.text.Normalizer.normalize("TỐI MẬT – Kế hoạch nhân sự", java.text.Normalizer.Form.NFD);
			assertThatExceptionOfType(ClassifiedContentException.class)
				.isThrownBy(() -> ArticleService.requirePublishable(content(title, "<p>Nội dung</p>", Classification.NONE),
						ArticleStatus.PUBLISHED));
		}

	}

	@Nested
	class Filters {

		@Test
		void noneFiltersNothing() {
			assertThat(ArticleFilter.none()).isEqualTo(new ArticleFilter(null, null, null, null));
		}

		@Test
		void onlyOwnedByKeepsTheOtherFilters() {
			ArticleFilter filter = new ArticleFilter(ArticleStatus.PENDING, 3L, 99L, "đại hội");
			assertThat(filter.onlyOwnedBy(OWNER_ID))
				.isEqualTo(new ArticleFilter(ArticleStatus.PENDING, 3L, OWNER_ID, "đại hội"));
		}

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(delimiter = '|', textBlock = """
				Đại Hội          | dai hoi
				'  NGHỆ AN  '    | nghe an
				đảng bộ          | dang bo
				18-NQ/TW         | 18-nq/tw
				""")
		void searchTextIsFoldedLikeTheDatabaseFoldsTitles(String text, String folded) {
			assertThat(ArticleFilter.fold(text)).isEqualTo(folded);
		}

		@Test
		void likeWildcardsAreEscaped() {
			assertThat(ArticleFilter.likeEscaped("100%")).isEqualTo("100\\%");
			assertThat(ArticleFilter.likeEscaped("a_b")).isEqualTo("a\\_b");
			assertThat(ArticleFilter.likeEscaped("c:\\dir")).isEqualTo("c:\\\\dir");
			assertThat(ArticleFilter.likeEscaped("\\%_")).isEqualTo("\\\\\\%\\_");
			assertThat(ArticleFilter.likeEscaped("Hội nghị")).isEqualTo("Hội nghị");
		}

	}

}
