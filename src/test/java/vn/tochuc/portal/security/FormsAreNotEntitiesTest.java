package vn.tochuc.portal.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.SessionAttribute;

import vn.tochuc.portal.PortalApplication;
import vn.tochuc.portal.accounts.UserAccount;
import vn.tochuc.portal.news.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms bind to form objects, never to JPA entities: every handler method of every controller is
 * read, each parameter Spring MVC fills from request parameters ({@code @ModelAttribute}, or a
 * bean without any annotation, or {@code @RequestBody}) is found, and neither its type nor any
 * type reachable through its properties (which the binder fills from {@code a.b.c} names) may
 * be an {@code @Entity} or {@code @Embeddable}. A form that bound {@code Article} would let a post
 * set its status and owner; one that bound a form holding a {@code UserAccount} would let
 * {@code account.role=ADMIN} through.
 */
class FormsAreNotEntitiesTest {

	/** Parameters these annotations fill come from the path, the session, the headers, never a bound bean. */
	static final List<Class<? extends java.lang.annotation.Annotation>> NOT_BOUND = List.of(RequestParam.class,
			PathVariable.class, RequestHeader.class, CookieValue.class, SessionAttribute.class, RequestAttribute.class,
			AuthenticationPrincipal.class, RequestPart.class);

	@Test
	void noControllerBindsAnEntity() {
		List<Class<?>> controllers = controllers();
		Set<String> forms = new TreeSet<>();
		List<String> problems = new ArrayList<>();
		for (Class<?> controller : controllers) {
			problems.addAll(entitiesBoundBy(controller, forms));
		}
		assertThat(problems).as("handler parameters that bind an entity").isEmpty();
		// The scan sees the forms it should: these are bound today.
		assertThat(forms).contains("ArticleForm", "UserForm", "NewUserForm", "PasswordChangeForm", "MeetingForm",
				"DocumentForm", "CommentForm", "FeedbackForm", "FigureForm", "ResultForm", "PageForm", "LinkForm",
				"BannerForm", "CategoryForm");
	}

	/** The check itself finds an entity bound directly, one reached through a form's property, and one in a list. */
	@Test
	void theCheckFindsAnEntityBoundDirectlyOrThroughAForm() {
		List<String> problems = entitiesBoundBy(CarelessController.class, new TreeSet<>());
		assertThat(problems).hasSize(4)
			.anyMatch((p) -> p.contains("saveArticle") && p.contains("Article"))
			.anyMatch((p) -> p.contains("saveImplicitly") && p.contains("Article"))
			.anyMatch((p) -> p.contains("saveProfile") && p.contains("UserAccount") && p.contains("account"))
			.anyMatch((p) -> p.contains("saveMany") && p.contains("Article"));
	}

	static List<Class<?>> controllers() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<Class<?>> found = new ArrayList<>();
		for (BeanDefinition definition : scanner
			.findCandidateComponents(ClassUtils.getPackageName(PortalApplication.class))) {
			found.add(ClassUtils.resolveClassName(definition.getBeanClassName(), FormsAreNotEntitiesTest.class.getClassLoader()));
		}
		assertThat(found).as("controllers found").hasSizeGreaterThan(20);
		return found;
	}

	static List<String> entitiesBoundBy(Class<?> controller, Set<String> forms) {
		List<String> problems = new ArrayList<>();
		for (Method method : controller.getDeclaredMethods()) {
			if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
				continue;
			}
			for (int i = 0; i < method.getParameterCount(); i++) {
				MethodParameter parameter = new MethodParameter(method, i);
				if (!isBound(parameter)) {
					continue;
				}
				forms.add(parameter.getParameterType().getSimpleName());
				for (String path : entitiesReachableFrom(parameter.getGenericParameterType())) {
					problems.add(controller.getSimpleName() + "." + method.getName() + " binds " + path);
				}
			}
		}
		return problems;
	}

	/** A parameter Spring MVC fills by binding request parameters onto a bean. */
	static boolean isBound(MethodParameter parameter) {
		if (parameter.hasParameterAnnotation(ModelAttribute.class)
				|| parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
			return true;
		}
		for (Class<? extends java.lang.annotation.Annotation> annotation : NOT_BOUND) {
			if (parameter.hasParameterAnnotation(annotation)) {
				return false;
			}
		}
		Class<?> type = parameter.getParameterType();
		return !BeanUtils.isSimpleProperty(type) && !isFrameworkType(type);
	}

	/** Servlet, Spring and JDK types (requests, models, binding results, locales…) are resolved, not bound. */
	static boolean isFrameworkType(Class<?> type) {
		String name = type.getName();
		return name.startsWith("java.") || name.startsWith("jakarta.") || name.startsWith("org.springframework.")
				|| type.isPrimitive() || Model.class.isAssignableFrom(type) || BindingResult.class.isAssignableFrom(type);
	}

	/** Every entity the binder could reach from the type, as a property path ("form.account"). */
	static List<String> entitiesReachableFrom(Type root) {
		List<String> found = new ArrayList<>();
		Deque<Map.Entry<String, Type>> queue = new ArrayDeque<>();
		queue.add(Map.entry("", root));
		Set<Class<?>> seen = new HashSet<>();
		while (!queue.isEmpty()) {
			Map.Entry<String, Type> next = queue.poll();
			for (Class<?> type : classesIn(next.getValue())) {
				String path = next.getKey().isEmpty() ? type.getSimpleName() : next.getKey();
				if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)) {
					found.add(path + " (" + type.getSimpleName() + ")");
					continue;
				}
				if (BeanUtils.isSimpleProperty(type) || isFrameworkType(type) || type.isEnum() || !seen.add(type)) {
					continue;
				}
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					Method access = property.getWriteMethod() != null ? property.getWriteMethod() : property.getReadMethod();
					if (access == null || access.getDeclaringClass() == Object.class) {
						continue;
					}
					Type propertyType = property.getReadMethod() != null ? property.getReadMethod().getGenericReturnType()
							: property.getWriteMethod().getGenericParameterTypes()[0];
					queue.add(Map.entry(path + "." + property.getName(), propertyType));
				}
			}
		}
		return found;
	}

	/** The class itself, or for collections, maps, arrays and optionals the classes they hold. */
	static List<Class<?>> classesIn(Type type) {
		List<Class<?>> classes = new ArrayList<>();
		if (type instanceof Class<?> plain) {
			classes.add(plain.isArray() ? plain.getComponentType() : plain);
		}
		else if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
					|| raw == java.util.Optional.class) {
				for (Type argument : parameterized.getActualTypeArguments()) {
					classes.addAll(classesIn(argument));
				}
			}
			else {
				classes.add(raw);
			}
		}
		return classes;
	}

	/** What the check must catch (not a {@code @Controller}, so no application context picks it up). */
	static class CarelessController {

		@PostMapping("/admin/careless/article")
		String saveArticle(@ModelAttribute Article article) {
			return "redirect:/";
		}

		@PostMapping("/admin/careless/implicit")
		String saveImplicitly(Article article) {
			return "redirect:/";
		}

		@PostMapping("/admin/careless/profile")
		String saveProfile(@ModelAttribute("form") ProfileForm form) {
			return "redirect:/";
		}

		@PostMapping("/admin/careless/many")
		String saveMany(@ModelAttribute("form") BatchForm form) {
			return "redirect:/";
		}

	}

	/** A form object that hands out the entity behind it: {@code account.role=ADMIN} would bind. */
	public static class ProfileForm {

		private UserAccount account;

		private String displayName;

		public UserAccount getAccount() {
			return account;
		}

		public void setAccount(UserAccount account) {
			this.account = account;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

	}

	public static class BatchForm {

		private List<Article> articles = new ArrayList<>();

		public List<Article> getArticles() {
			return articles;
		}

		public void setArticles(List<Article> articles) {
			this.articles = articles;
		}

	}

}
