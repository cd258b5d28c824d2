package vn.tochuc.portal.news;

/** Publishing refused: the content is marked Mật, Tối mật or Tuyệt mật. */
public class ClassifiedContentException extends WorkflowException {

	private final Classification classification;

	private final boolean foundInText;

	ClassifiedContentException(Classification classification, boolean foundInText) {
		super(foundInText ? "article.classified.marking" : "article.classified.field");
		this.classification = classification;
		this.foundInText = foundInText;
	}

	public Classification getClassification() {
		return classification;
	}

	public boolean isFoundInText() {
		return foundInText;
	}

}
