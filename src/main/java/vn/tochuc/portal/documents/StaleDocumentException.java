package vn.tochuc.portal.documents;

/** The document was saved by someone else after the form was loaded; nothing was written. */
public class StaleDocumentException extends RuntimeException {

	public StaleDocumentException(Long id) {
		super("Document " + id + " changed since the form was loaded");
	}

}
