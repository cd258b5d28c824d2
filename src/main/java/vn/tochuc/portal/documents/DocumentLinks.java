package vn.tochuc.portal.documents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import vn.tochuc.portal.documents.DocumentMention.Source;
import vn.tochuc.portal.documents.DocumentMention.State;
import vn.tochuc.portal.platform.NotFoundException;

/**
 * Keeps the mentions of documents in articles and meeting records, resolves them to records, and
 * turns them into links. A mention is stored once per text and document named; staff corrections
 * (a chosen record, or "not a link") survive every later rescan of the text.
 */
@Service
public class DocumentLinks {

	/** What the recogniser found in a text and what it points to now, for the editor's panel. */
	public record Found(String key, String label, PartyDocument document, int candidates, State state) {

		public boolean isLinked() {
			return document != null && state != State.REJECTED;
		}

	}

	private final DocumentMentionRepository mentions;

	private final PartyDocumentRepository documents;

	private final Clock clock;

	/** Changes whenever any mention or document changes, so rendered links can be cached safely. */
	private final AtomicLong generation = new AtomicLong();

	DocumentLinks(DocumentMentionRepository mentions, PartyDocumentRepository documents, Clock clock) {
		this.mentions = mentions;
		this.documents = documents;
		this.clock = clock;
	}

	public long generation() {
		return generation.get();
	}

	// ---- keeping mentions current --------------------------------------------------------------

	/** Reads the text again: new mentions are resolved, vanished ones dropped, corrections kept. */
	@Transactional
	public void rescan(Source source, Long sourceId, String plainText) {
		Map<String, DocumentReference> named = new LinkedHashMap<>();
		for (DocumentReference reference : MentionRecognizer.find(plainText)) {
			named.putIfAbsent(reference.key(), reference);
		}
		Map<String, DocumentMention> stored = new HashMap<>();
		for (DocumentMention mention : mentions.findBySource(source, sourceId)) {
			stored.put(mention.getMentionKey(), mention);
		}
		for (DocumentMention mention : stored.values()) {
			if (!named.containsKey(mention.getMentionKey())) {
				mentions.delete(mention);
			}
		}
		for (DocumentReference reference : named.values()) {
			DocumentMention mention = stored.get(reference.key());
			if (mention == null) {
				mention = new DocumentMention(source, sourceId, reference.key(), reference.text(), clock.instant());
			}
			if (!mention.isCorrected()) {
				List<PartyDocument> candidates = candidates(reference);
				mention.resolveAutomatically(candidates.size() == 1 ? candidates.get(0) : null, candidates.size(),
						clock.instant());
			}
			mentions.save(mention);
		}
		generation.incrementAndGet();
	}

	@Transactional
	public void forget(Source source, Long sourceId) {
		mentions.deleteAll(mentions.findBySource(source, sourceId));
		generation.incrementAndGet();
	}

	/** A record was added or restored: the mentions waiting for it now point to it. */
	@Transactional
	void adopt(PartyDocument document) {
		for (DocumentMention mention : mentions.unresolvedFor("%|" + document.getNumber() + "|%")) {
			DocumentReference reference = referenceOfKey(mention.getMentionKey());
			if (reference == null) {
				continue;
			}
			List<PartyDocument> candidates = candidates(reference);
			mention.resolveAutomatically(candidates.size() == 1 ? candidates.get(0) : null, candidates.size(),
					clock.instant());
		}
		generation.incrementAndGet();
	}

	/** A record went to the trash or changed its number: mentions of it are read again. */
	@Transactional
	void release(PartyDocument document) {
		for (DocumentMention mention : mentions.findByDocument(document)) {
			DocumentReference reference = referenceOfKey(mention.getMentionKey());
			List<PartyDocument> candidates = reference == null ? List.of() : candidates(reference);
			mention.resolveAutomatically(candidates.size() == 1 ? candidates.get(0) : null, candidates.size(),
					clock.instant());
		}
		generation.incrementAndGet();
	}

	// ---- corrections by staff ------------------------------------------------------------------

	@Transactional
	public void confirm(Long mentionId, Long documentId) {
		DocumentMention mention = mentions.findById(mentionId)
			.orElseThrow(() -> new NotFoundException("mention " + mentionId));
		PartyDocument document = documents.findById(documentId)
			.filter((found) -> !found.isInTrash())
			.orElseThrow(() -> new NotFoundException("document " + documentId));
		mention.confirm(document, clock.instant());
		generation.incrementAndGet();
	}

	@Transactional
	public void reject(Long mentionId) {
		mentions.findById(mentionId)
			.orElseThrow(() -> new NotFoundException("mention " + mentionId))
			.reject(clock.instant());
		generation.incrementAndGet();
	}

	/** Back to what the recogniser finds on its own. */
	@Transactional
	public void reset(Long mentionId) {
		DocumentMention mention = mentions.findById(mentionId)
			.orElseThrow(() -> new NotFoundException("mention " + mentionId));
		DocumentReference reference = referenceOfKey(mention.getMentionKey());
		List<PartyDocument> candidates = reference == null ? List.of() : candidates(reference);
		mention.resolveAutomatically(candidates.size() == 1 ? candidates.get(0) : null, candidates.size(),
				clock.instant());
		generation.incrementAndGet();
	}

	// ---- reading ----------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<DocumentMention> storedFor(Source source, Long sourceId) {
		return mentions.findBySource(source, sourceId);
	}

	/** The text's mentions as the editor shows them: stored corrections first, the recogniser otherwise. */
	@Transactional(readOnly = true)
	public List<Found> preview(Source source, Long sourceId, String plainText) {
		Map<String, DocumentMention> stored = new HashMap<>();
		if (sourceId != null) {
			mentions.findBySource(source, sourceId).forEach((mention) -> stored.put(mention.getMentionKey(), mention));
		}
		Map<String, Found> found = new LinkedHashMap<>();
		for (DocumentReference reference : MentionRecognizer.find(plainText)) {
			if (found.containsKey(reference.key())) {
				continue;
			}
			DocumentMention mention = stored.get(reference.key());
			if (mention != null && mention.isCorrected()) {
				found.put(reference.key(), new Found(reference.key(), reference.text(), mention.getDocument(),
						mention.getCandidates(), mention.getState()));
			}
			else {
				List<PartyDocument> candidates = candidates(reference);
				found.put(reference.key(), new Found(reference.key(), reference.text(),
						candidates.size() == 1 ? candidates.get(0) : null, candidates.size(), State.AUTO));
			}
		}
		return List.copyOf(found.values());
	}

	/** Where a mention leads: one document's page, or the list of the documents it may mean. */
	public record Target(String path, String title) {

		static Target of(PartyDocument document) {
			return new Target(document.getPath(), document.getName() + " – " + document.getTitle());
		}

	}

	/**
	 * Where each mention of this text leads, by key: the record it names, or, when it names
	 * several ("Nghị quyết Trung ương 6 khóa XII" is two resolutions), the library filtered to them.
	 */
	@Transactional(readOnly = true)
	public Map<String, Target> targets(Source source, Long sourceId) {
		Map<String, Target> targets = new HashMap<>();
		for (DocumentMention mention : mentions.findBySource(source, sourceId)) {
			if (mention.isLinked() && !mention.getDocument().isInTrash()) {
				targets.put(mention.getMentionKey(), Target.of(mention.getDocument()));
			}
			else if (mention.getState() == State.AUTO && mention.getCandidates() > 1) {
				targets.put(mention.getMentionKey(), new Target(
						"/van-ban?q=" + UriUtils.encodeQueryParam(mention.getLabel(), StandardCharsets.UTF_8),
						mention.getLabel()));
			}
		}
		return targets;
	}

	@Transactional(readOnly = true)
	public List<Long> sourcesMentioning(PartyDocument document, Source source) {
		return mentions.sourcesMentioning(document, source);
	}

	@Transactional(readOnly = true)
	public Page<UnresolvedMention> unresolved(int page, int size) {
		return mentions.unresolved(PageRequest.of(page, size));
	}

	@Transactional(readOnly = true)
	public List<DocumentMention> unresolvedWithKey(String key) {
		return mentions.unresolvedWithKey(key);
	}

	@Transactional(readOnly = true)
	public DocumentMention mention(Long id) {
		return mentions.findById(id).orElseThrow(() -> new NotFoundException("mention " + id));
	}

	/** The record the key names, prefilled for a new record made from an unresolved mention. */
	public static Optional<DocumentReference> referenceOf(String key) {
		return Optional.ofNullable(referenceOfKey(key));
	}

	// ---- links in HTML ---------------------------------------------------------------------------

	/**
	 * The (already sanitized) HTML with the first mention of each linked document wrapped in a link
	 * to its page. Only text outside existing links is touched; all text stays escaped.
	 */
	public static String linkMentions(String html, Map<String, Target> targets) {
		if (html == null || html.isEmpty() || targets.isEmpty()) {
			return html;
		}
		Document page = Jsoup.parseBodyFragment(html);
		page.outputSettings().prettyPrint(false);
		Set<String> linked = new HashSet<>();
		for (TextNode text : textNodesOutsideLinks(page.body())) {
			linkInto(text, targets, linked);
		}
		return page.body().html();
	}

	private static void linkInto(TextNode node, Map<String, Target> targets, Set<String> linked) {
		String text = node.getWholeText();
		List<DocumentReference> references = MentionRecognizer.find(text);
		if (references.isEmpty()) {
			return;
		}
		String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
		List<Node> replacement = new ArrayList<>();
		int position = 0;
		for (DocumentReference reference : references) {
			Target target = targets.get(reference.key());
			if (target == null || linked.contains(reference.key()) || reference.start() < position) {
				continue;
			}
			linked.add(reference.key());
			replacement.add(new TextNode(normalized.substring(position, reference.start())));
			Element link = new Element("a").attr("href", target.path())
				.attr("class", "document-link")
				.attr("title", target.title());
			link.appendText(normalized.substring(reference.start(), reference.end()));
			replacement.add(link);
			position = reference.end();
		}
		if (replacement.isEmpty()) {
			return;
		}
		replacement.add(new TextNode(normalized.substring(position)));
		for (Node part : replacement) {
			node.before(part);
		}
		node.remove();
	}

	private static List<TextNode> textNodesOutsideLinks(Element root) {
		List<TextNode> found = new ArrayList<>();
		for (TextNode text : root.textNodes()) {
			found.add(text);
		}
		for (Element child : root.children()) {
			if (!child.tagName().equals("a")) {
				found.addAll(textNodesOutsideLinks(child));
			}
		}
		return found;
	}

	/** The plain text of stored HTML, for the recogniser. */
	public static String plainText(String html) {
		return html == null ? "" : Jsoup.parseBodyFragment(html).text();
	}

	// ---- resolution -----------------------------------------------------------------------------

	/** The live records a reference may mean: one is a link, none or several are not. */
	List<PartyDocument> candidates(DocumentReference reference) {
		if (reference.isPlenum()) {
			return documents.findByTypeAndPlenumAndDeletedAtIsNullOrderByNumber(DocumentType.RESOLUTION, reference.plenum())
				.stream()
				.filter((document) -> reference.term() == null || reference.term().equals(document.getTerm()))
				.toList();
		}
		List<PartyDocument> sameNumber = documents.findByNumberAndTypeInAndDeletedAtIsNull(reference.number(),
				reference.types());
		List<PartyDocument> matching = sameNumber.stream()
			.filter((document) -> reference.symbol().isEmpty() || document.getSymbol().equalsIgnoreCase(reference.symbol()))
			.toList();
		if (reference.issuer() != null && matching.size() > 1) {
			List<PartyDocument> byIssuer = matching.stream()
				.filter((document) -> document.getIssuer() == reference.issuer())
				.toList();
			if (!byIssuer.isEmpty()) {
				return byIssuer;
			}
		}
		return matching;
	}

	/** The reference a stored key describes (the inverse of {@link DocumentReference#key()}). */
	static DocumentReference referenceOfKey(String key) {
		String[] parts = key.split("\\|", -1);
		try {
			if (parts[0].equals("PLENUM")) {
				Integer term = parts[2].isEmpty() ? null : Integer.valueOf(parts[2]);
				return new DocumentReference(Set.of(DocumentType.RESOLUTION), null, "", null, Integer.valueOf(parts[1]),
						term, 0, 0, key);
			}
			Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
			Arrays.stream(parts[0].split("\\+")).map(DocumentType::valueOf).forEach(types::add);
			DocumentIssuer issuer = parts.length > 3 && !parts[3].isEmpty() ? DocumentIssuer.valueOf(parts[3]) : null;
			return new DocumentReference(types, Integer.valueOf(parts[1]), parts[2], issuer, null, null, 0, 0, key);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
