package vn.tochuc.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentFilter;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentStatus;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.MentionScanner;

/**
 * The demo documents (demo/documents.yml), loaded after the demo articles and meetings; then
 * every article and meeting is read once so that their mentions link to the new records.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DocumentDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DocumentDemoLoader.class);

	static final String RESOURCE = "demo/documents.yml";

	private final DemoContentLoader demo;

	private final DocumentService documents;

	private final MentionScanner scanner;

	DocumentDemoLoader(DemoContentLoader demo, DocumentService documents, MentionScanner scanner) {
		this.demo = demo;
		this.documents = documents;
		this.scanner = scanner;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || documents.search(DocumentFilter.none(), 0, 1).getTotalElements() > 0) {
			return;
		}
		int count = load();
		int read = scanner.scanAll();
		log.info("Loaded {} demo documents and linked the mentions in {} articles and meetings", count, read);
	}

	@SuppressWarnings("unchecked")
	int load() {
		List<Map<String, Object>> entries = (List<Map<String, Object>>) readYaml().get("documents");
		for (Map<String, Object> entry : entries) {
			documents.create(new DocumentDetails(DocumentType.valueOf((String) entry.get("type")),
					(Integer) entry.get("number"), (String) entry.get("symbol"),
					DocumentIssuer.valueOf((String) entry.get("issuer")), (Integer) entry.get("term"),
					(Integer) entry.get("plenum"), date(entry.get("issuedOn")), date(entry.get("effectiveOn")),
					(String) entry.get("title"), (String) entry.get("summary"), paragraphs(entry.get("body")),
					entry.containsKey("status") ? DocumentStatus.valueOf((String) entry.get("status"))
							: DocumentStatus.IN_FORCE,
					strings(entry.get("amends")), strings(entry.get("replaces")), strings(entry.get("relates")),
					List.of()));
		}
		return entries.size();
	}

	private static LocalDate date(Object value) {
		return value == null ? null : LocalDate.parse((String) value);
	}

	/** Plain paragraphs separated by blank lines, as the HTML the editor would store. */
	private static String paragraphs(Object value) {
		if (value == null) {
			return null;
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : ((String) value).split("\\n\\s*\\n")) {
			html.append("<p>").append(org.springframework.web.util.HtmlUtils.htmlEscape(paragraph.strip())).append("</p>");
		}
		return html.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}

	private static Map<String, Object> readYaml() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

}
