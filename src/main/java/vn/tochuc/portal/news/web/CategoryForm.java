package vn.tochuc.portal.news.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.news.Category;

public class CategoryForm {

	@NotBlank(message = "{category.name.required}")
	@Size(max = 120, message = "{category.name.tooLong}")
	private String name;

	@Size(max = 500, message = "{category.description.tooLong}")
	private String description;

	@Min(value = 0, message = "{category.position.range}")
	@Max(value = 999, message = "{category.position.range}")
	private int position;

	private boolean showOnHome = true;

	private long version;

	static CategoryForm of(Category category) {
		CategoryForm form = new CategoryForm();
		form.name = category.getName();
		form.description = category.getDescription();
		form.position = category.getPosition();
		form.showOnHome = category.isShowOnHome();
		form.version = category.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public int getPosition() {
		return position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public boolean isShowOnHome() {
		return showOnHome;
	}

	public void setShowOnHome(boolean showOnHome) {
		this.showOnHome = showOnHome;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
