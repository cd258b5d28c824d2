package vn.tochuc.portal.news;

/** Where an article stands in the newsroom. Only PUBLISHED is ever shown to readers. */
public enum ArticleStatus {

	/** Nháp: being written. */
	DRAFT,
	/** Chờ duyệt: sent to an editor for review. */
	PENDING,
	/** Đã xuất bản: live on the public site. */
	PUBLISHED,
	/** Đã gỡ: taken down; kept, and can be published again. */
	UNPUBLISHED

}
