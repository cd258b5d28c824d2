package vn.tochuc.portal.news;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.platform.StaffAction;

@Service
public class CategoryService {

	private final CategoryRepository categories;

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	CategoryService(CategoryRepository categories, ArticleRepository articles, ApplicationEventPublisher events) {
		this.categories = categories;
		this.articles = articles;
		this.events = events;
	}

	/** Every public page shows the category navigation, so it is read once and kept until it changes. */
	private volatile List<Category> cached;

	@Transactional(readOnly = true)
	public List<Category> all() {
		List<Category> current = cached;
		if (current == null) {
			current = List.copyOf(categories.findAllByOrderByPositionAscIdAsc());
			cached = current;
		}
		return current;
	}

	public Optional<Category> findBySlug(String slug) {
		return all().stream().filter((category) -> category.getSlug().equals(slug)).findFirst();
	}

	@Transactional(readOnly = true)
	public Category get(Long id) {
		return categories.findById(id).orElseThrow(() -> new NotFoundException("category " + id));
	}

	@Transactional
	public Category create(String name, String description, int position, boolean showOnHome) {
		String slug = Slugs.unique(Slugs.slugify(name), categories::existsBySlug);
		forgetCachedAfterCommit();
		Category created = categories.save(new Category(slug, name.strip(), blankToNull(description), position, showOnHome));
		events.publishEvent(new StaffAction("category.create", "category", created.getId(), created.getName()));
		events.publishEvent(new CategoryChanged(created.getId()));
		return created;
	}

	@Transactional
	public Category update(Long id, long formVersion, String name, String description, int position,
			boolean showOnHome) {
		Category category = get(id);
		if (category.getVersion() != formVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Category.class, id);
		}
		category.update(name.strip(), blankToNull(description), position, showOnHome);
		forgetCachedAfterCommit();
		events.publishEvent(new StaffAction("category.update", "category", id, category.getName()));
		events.publishEvent(new CategoryChanged(id));
		return categories.saveAndFlush(category);
	}

	/** Only an empty category can go: articles are never left without one. */
	@Transactional
	public boolean deleteIfEmpty(Long id) {
		Category category = get(id);
		if (articles.countByCategory(category) > 0) {
			return false;
		}
		categories.delete(category);
		forgetCachedAfterCommit();
		events.publishEvent(new StaffAction("category.delete", "category", id, category.getName()));
		events.publishEvent(new CategoryChanged(id));
		return true;
	}

	/** Drop the cached list now and again once the change is committed, so no reader keeps the old one. */
	private void forgetCachedAfterCommit() {
		cached = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					cached = null;
				}
			});
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
