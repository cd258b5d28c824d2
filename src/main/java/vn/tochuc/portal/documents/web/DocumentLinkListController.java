package vn.tochuc.portal.documents.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tochuc.portal.documents.DocumentFilter;
import vn.tochuc.portal.documents.DocumentService;

/**
 * The documents an article may link to, for the editor's link dialog (its {@code link_list}):
 * every record of the public library, newest first, as "Nghị quyết số 18-NQ/TW – title" with
 * its address on the public site. Under /admin/articles because whoever writes articles uses it.
 */
@Controller
class DocumentLinkListController {

	/** The link dialog shows one list; more than this is a search, which the dialog has not. */
	static final int LIMIT = 300;

	private final DocumentService documents;

	DocumentLinkListController(DocumentService documents) {
		this.documents = documents;
	}

	/** One entry of the editor's link list, in the shape HugeRTE reads. */
	record DocumentLink(String title, String value) {
	}

	@GetMapping(path = "/admin/articles/document-links.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<DocumentLink> documentLinks() {
		return documents.search(DocumentFilter.none(), 0, LIMIT)
			.getContent()
			.stream()
			.map((document) -> new DocumentLink(document.getName() + " – " + document.getTitle(), document.getPath()))
			.toList();
	}

}
