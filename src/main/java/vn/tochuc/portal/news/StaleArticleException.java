package vn.tochuc.portal.news;

/**
 * Someone saved the article after this form was loaded. Nothing was written; the page shows
 * the saved version beside the one that was submitted so no text is lost.
 */
public class StaleArticleException extends RuntimeException {

	private final Article current;

	private final ArticleContent submitted;

	private final long submittedVersion;

	StaleArticleException(Article current, ArticleContent submitted, long submittedVersion) {
		super("Article " + current.getId() + " is at version " + current.getVersion() + ", the form had "
				+ submittedVersion);
		this.current = current;
		this.submitted = submitted;
		this.submittedVersion = submittedVersion;
	}

	public Article getCurrent() {
		return current;
	}

	public ArticleContent getSubmitted() {
		return submitted;
	}

	public long getSubmittedVersion() {
		return submittedVersion;
	}

}
