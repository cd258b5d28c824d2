package vn.tochuc.portal.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.ArticleRepository;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A newsroom's day, and what the administrator then reads in the audit log. */
@SpringBootTest
@AutoConfigureMockMvc
class NewsroomAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	ArticleRepository articles;

	@Autowired
	AuditEventRepository events;

	@Test
	void everyStepOfAnArticlesJourneyIsRecordedWithWhoAndFromWhere() throws Exception {
		Category category = content.category("Tin tức – Sự kiện " + System.nanoTime());
		PortalUser reporter = content.user("phongvien", Role.AUTHOR);
		PortalUser editor = content.user("bientap", Role.EDITOR);
		String title = "Bài viết của một ngày làm việc " + System.nanoTime();

		String location = mvc.perform(form(post("/admin/articles"), category, title, 0, "submit").with(user(reporter))
				.with((request) -> { request.setRemoteAddr("10.1.2.3"); return request; }))
			.andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.split("/")[3]);
		mvc.perform(form(post("/admin/articles/" + id), category, title, version(id), "send_back")
			.param("note", "Bổ sung ảnh hội nghị").with(user(editor)));
		mvc.perform(form(post("/admin/articles/" + id), category, title, version(id), "submit").with(user(reporter)));
		mvc.perform(form(post("/admin/articles/" + id), category, title, version(id), "publish").with(user(editor)));

		List<AuditEvent> trail = events.findAll((root, query, cb) -> cb.and(cb.equal(root.get("targetType"), "article"),
				cb.equal(root.get("targetId"), id.toString())), Sort.by("occurredAt", "id"));
		assertThat(trail).extracting(AuditEvent::getAction)
			.containsExactly("article.submit", "article.send-back", "article.submit", "article.publish");
		assertThat(trail).extracting(AuditEvent::getActorUsername)
			.containsExactly("phongvien", "bientap", "phongvien", "bientap");
		assertThat(trail.get(0).getRemoteAddress()).isEqualTo("10.1.2.3");
		assertThat(trail).allSatisfy((event) -> assertThat(event.getSummary()).isEqualTo(title));

		mvc.perform(get("/admin/audit").param("targetType", "article").with(user(content.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trả lại bài viết")))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/admin/audit").with(user(editor))).andExpect(status().isForbidden());
	}

	private long version(Long id) {
		return articles.findById(id).orElseThrow().getVersion();
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Category category,
			String title, long version, String action) {
		return request.with(csrf()).param("title", title).param("summary", "Sapo").param("body", "<p>Nội dung</p>")
			.param("categoryId", category.getId().toString()).param("version", String.valueOf(version))
			.param("action", action);
	}

}
