package vn.tochuc.portal.news;

/** Where an article stands in the newsroom. Only PUBLISHED is ever shown to readers. */
public enum ArticleStatus {

	/** Nháp: being written, or sent back to its author. */
	DRAFT,
	/** Chờ duyệt: sent to an editor for review. */
	PENDING,
	/** Hẹn giờ: goes live by itself at its scheduled time. */
	SCHEDULED,
	/** Đã xuất bản: live on the public site. */
	PUBLISHED,
	/** Đã gỡ: taken down; kept, and can be published again. */
	UNPUBLISHED

}
