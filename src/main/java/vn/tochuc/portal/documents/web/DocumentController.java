package vn.tochuc.portal.documents.web;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tochuc.portal.documents.DocumentFilter;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentLinks;
import vn.tochuc.portal.documents.DocumentMention.Source;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentStatus;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.platform.NotFoundException;

/** The public library: a list to search and filter (every filter in the URL), and one document with its backlinks. */
@Controller
class DocumentController {

	static final int PAGE_SIZE = 20;

	private final DocumentService documents;

	private final DocumentLinks links;

	private final ArticleService articles;

	private final MeetingService meetings;

	DocumentController(DocumentService documents, DocumentLinks links, ArticleService articles,
			MeetingService meetings) {
		this.documents = documents;
		this.links = links;
		this.articles = articles;
		this.meetings = meetings;
	}

	@GetMapping("/van-ban")
	String list(@RequestParam(name = "loai", required = false) DocumentType type,
			@RequestParam(name = "co-quan", required = false) DocumentIssuer issuer,
			@RequestParam(name = "khoa", required = false) Integer term,
			@RequestParam(name = "nam", required = false) Integer year,
			@RequestParam(name = "hieu-luc", required = false) DocumentStatus status,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "sap-xep", required = false) String sort,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1) {
			throw new NotFoundException("page " + page);
		}
		DocumentFilter filter = new DocumentFilter(type, issuer, term, year, status, trimmed(text), "cu".equals(sort));
		Page<PartyDocument> found = documents.search(filter, page - 1, PAGE_SIZE);
		if (page > 1 && page > found.getTotalPages()) {
			throw new NotFoundException("page " + page);
		}
		model.addAttribute("documents", found);
		model.addAttribute("filter", filter);
		model.addAttribute("pageNumber", page);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("issuers", DocumentIssuer.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("terms", documents.terms());
		model.addAttribute("years", documents.years());
		return "documents/list";
	}

	@GetMapping("/van-ban/{slug}")
	String document(@PathVariable String slug, Model model) {
		PartyDocument document = documents.findPublic(slug)
			.orElseThrow(() -> new NotFoundException("document " + slug));
		model.addAttribute("document", document);
		model.addAttribute("outgoing", documents.outgoing(document));
		model.addAttribute("incoming", documents.incoming(document));
		model.addAttribute("citingArticles", articles.liveAmong(links.sourcesMentioning(document, Source.ARTICLE)));
		model.addAttribute("discussingMeetings",
				meetings.heldOrPlannedAmong(links.sourcesMentioning(document, Source.MEETING)));
		return "documents/document";
	}

	/** Very long input is cut, not refused: the list still answers. */
	private static String trimmed(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
	}

}
