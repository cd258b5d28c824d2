package vn.tochuc.portal.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleRepository;
import vn.tochuc.portal.news.CategoryService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo content a new user sees on the first start. */
@SpringBootTest(properties = "portal.demo-data=true")
@AutoConfigureMockMvc
class DemoContentLoaderTest {

	@Autowired
	ArticleRepository articles;

	@Autowired
	CategoryService categories;

	@Autowired
	DemoContentLoader loader;

	@Autowired
	MockMvc mvc;

	@Test
	void loadsCategoriesAndIllustratedArticlesSpreadOverSeveralYears() throws Exception {
		assertThat(categories.all()).hasSizeGreaterThanOrEqualTo(6);
		List<Article> all = articles.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(40).allMatch(Article::isLive);
		assertThat(all).allSatisfy((article) -> {
			assertThat(article.getCover()).isNotNull();
			assertThat(article.getCoverCaption()).isNotBlank();
			assertThat(article.getBody()).contains("<p>");
		});
		assertThat(all.stream().map((a) -> a.getPublishedAt().toString().substring(0, 4)).distinct().count())
			.isGreaterThanOrEqualTo(5);
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get(all.get(0).getPath())).andExpect(status().isOk());
	}

	@Test
	void runsOnlyIntoAnEmptyDatabase() throws Exception {
		long before = articles.count();
		loader.run(null);
		assertThat(articles.count()).isEqualTo(before);
	}

}
