package vn.tochuc.portal.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.media.MediaUsage;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.RichText;
import vn.tochuc.portal.platform.Searchable;
import vn.tochuc.portal.platform.SearchableChanged;
import vn.tochuc.portal.platform.SearchableSource;
import vn.tochuc.portal.platform.SearchableWithdrawn;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.platform.StaffAction;

/** The library of documents and resolutions: finding them, keeping them, and how they relate. */
@Service
public class DocumentService implements SearchableSource {

	static final String SEARCH_TYPE = "document";

	/** How the media library names documents among the records that use its items. */
	static final String MEDIA_OWNER_KIND = "document";

	private final PartyDocumentRepository documents;

	private final DocumentRelationRepository relations;

	private final DocumentLinks links;

	private final MediaLibrary media;

	private final MediaUsage mediaUsage;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DocumentService(PartyDocumentRepository documents, DocumentRelationRepository relations, DocumentLinks links,
			MediaLibrary media, MediaUsage mediaUsage, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.relations = relations;
		this.links = links;
		this.media = media;
		this.mediaUsage = mediaUsage;
		this.events = events;
		this.clock = clock;
	}

	// ---- reading --------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Page<PartyDocument> search(DocumentFilter filter, int page, int size) {
		Sort byDate = filter.oldestFirst()
				? Sort.by(Sort.Order.asc("issuedOn").nullsLast(), Sort.Order.asc("id"))
				: Sort.by(Sort.Order.desc("issuedOn").nullsLast(), Sort.Order.desc("id"));
		return documents.findAll(matching(filter), PageRequest.of(Math.max(page, 0), size, byDate));
	}

	/** The newest documents of the library, for the home page: one statement, no count. */
	@Transactional(readOnly = true)
	public List<PartyDocument> newest(int count) {
		Sort byDate = Sort.by(Sort.Order.desc("issuedOn").nullsLast(), Sort.Order.desc("id"));
		return documents.findBy(matching(DocumentFilter.none()), (query) -> query.sortBy(byDate).limit(count).all());
	}

	@Transactional(readOnly = true)
	public Optional<PartyDocument> findPublic(String slug) {
		return documents.findBySlugAndDeletedAtIsNull(slug);
	}

	/** Any document, also one in the trash, for staff. */
	@Transactional(readOnly = true)
	public PartyDocument get(Long id) {
		return documents.findWithAttachmentsById(id).orElseThrow(() -> new NotFoundException("document " + id));
	}

	/** What this document says of others (amends, replaces, relates to), live ones only. */
	@Transactional(readOnly = true)
	public List<DocumentRelation> outgoing(PartyDocument document) {
		return relations.outgoing(document).stream().filter((r) -> !r.getRelated().isInTrash()).toList();
	}

	/** What others say of this document (amended by, replaced by, cited by), live ones only. */
	@Transactional(readOnly = true)
	public List<DocumentRelation> incoming(PartyDocument document) {
		return relations.incoming(document).stream().filter((r) -> !r.getDocument().isInTrash()).toList();
	}

	@Transactional(readOnly = true)
	public List<Integer> terms() {
		return documents.terms();
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		return documents.years();
	}

	@Transactional(readOnly = true)
	public List<PartyDocument> trash() {
		return documents.findByDeletedAtIsNotNullOrderByDeletedAtDesc();
	}

	/** The live records a written reference ("29-QĐ/TW", "Nghị quyết 18") names; one is an answer. */
	@Transactional(readOnly = true)
	public List<PartyDocument> named(String written) {
		DocumentQuery query = DocumentQuery.parse(written);
		if (query.number() == null && query.plenum() == null) {
			return List.of();
		}
		DocumentQuery withoutWords = new DocumentQuery(query.types(), query.number(), query.symbol(), query.plenum(),
				query.term(), List.of());
		return documents.findAll(byQuery(withoutWords), PageRequest.of(0, 5)).getContent();
	}

	// ---- rules ----------------------------------------------------------------------------------

	/** Every rule, the ones that need the database too; field name → problem. */
	@Transactional(readOnly = true)
	public Map<String, DocumentProblem> problems(DocumentDetails details, Long documentId) {
		Map<String, DocumentProblem> problems = new LinkedHashMap<>(DocumentRules.problems(details));
		if (!problems.containsKey("type") && !problems.containsKey("number") && !problems.containsKey("issuer")) {
			duplicateOf(details, documentId).ifPresent((other) -> problems.put("number",
					new DocumentProblem("documents.rule.duplicate", other.getName(), other.getTitle())));
		}
		referenceProblem(details.amends(), documentId).ifPresent((problem) -> problems.put("amends", problem));
		referenceProblem(details.replaces(), documentId).ifPresent((problem) -> problems.put("replaces", problem));
		referenceProblem(details.relates(), documentId).ifPresent((problem) -> problems.put("relates", problem));
		for (Long mediaId : details.attachmentMediaIds()) {
			if (media.find(mediaId).isEmpty()) {
				problems.put("attachments", new DocumentProblem("documents.rule.unknownFile", mediaId));
			}
		}
		return problems;
	}

	private Optional<PartyDocument> duplicateOf(DocumentDetails details, Long documentId) {
		return documents.findByTypeAndNumberAndIssuer(details.type(), details.number(), details.issuer())
			.stream()
			.filter((other) -> !other.getId().equals(documentId))
			.filter((other) -> other.getSymbol().toUpperCase(Locale.ROOT)
				.equals(details.symbol().toUpperCase(Locale.ROOT)))
			.findFirst();
	}

	private Optional<DocumentProblem> referenceProblem(List<String> written, Long documentId) {
		for (String line : written) {
			List<PartyDocument> found = named(line);
			if (found.isEmpty()) {
				return Optional.of(new DocumentProblem("documents.rule.unknownReference", line));
			}
			if (found.size() > 1) {
				return Optional.of(new DocumentProblem("documents.rule.ambiguousReference", line));
			}
			if (found.get(0).getId().equals(documentId)) {
				return Optional.of(new DocumentProblem("documents.rule.selfReference", line));
			}
		}
		return Optional.empty();
	}

	// ---- changing -------------------------------------------------------------------------------

	/** A new record with a file sent along: checked first, the file stored only with the record. */
	@Transactional
	public PartyDocument create(DocumentDetails details, AttachmentUpload upload) {
		requireValid(details, null);
		return create(withStored(details, upload));
	}

	/** Changes a record and adds a file sent along: checked first, the file stored only with the change. */
	@Transactional
	public PartyDocument update(Long id, long formVersion, DocumentDetails details, AttachmentUpload upload) {
		if (get(id).getVersion() != formVersion) {
			throw new StaleDocumentException(id);
		}
		requireValid(details, id);
		return update(id, formVersion, withStored(details, upload));
	}

	/** Only a PDF is attached; anything else is refused before a byte is written. */
	public void requireAttachable(byte[] content) {
		if (media.recognise(content).isImage()) {
			throw new InvalidDocumentException(Map.of("attachmentIds", new DocumentProblem("documents.rule.pdfOnly")));
		}
	}

	/** Runs inside the caller's transaction: a rollback removes the file again (see MediaLibrary). */
	private DocumentDetails withStored(DocumentDetails details, AttachmentUpload upload) {
		if (upload == null) {
			return details;
		}
		requireAttachable(upload.content());
		MediaItem stored = media.upload(upload.content(), upload.originalName(), upload.uploadedBy());
		List<Long> files = new ArrayList<>(details.attachmentMediaIds());
		files.add(stored.getId());
		return new DocumentDetails(details.type(), details.number(), details.symbol(), details.issuer(), details.term(),
				details.plenum(), details.issuedOn(), details.effectiveOn(), details.title(), details.summary(),
				details.body(), details.status(), details.amends(), details.replaces(), details.relates(), files);
	}

	@Transactional
	public PartyDocument create(DocumentDetails details) {
		requireValid(details, null);
		PartyDocument document = new PartyDocument(uniqueSlug(details), clock.instant());
		document.apply(details, RichText.sanitize(details.body()), clock.instant());
		documents.saveAndFlush(document);
		attach(document, details.attachmentMediaIds());
		relate(document, details);
		links.adopt(document);
		recordMediaUse(document);
		events.publishEvent(new StaffAction("document.create", "document", document.getId(), document.getName()));
		events.publishEvent(new SearchableChanged(searchable(document)));
		return document;
	}

	@Transactional
	public PartyDocument update(Long id, long formVersion, DocumentDetails details) {
		PartyDocument document = get(id);
		if (document.getVersion() != formVersion) {
			throw new StaleDocumentException(id);
		}
		requireValid(details, id);
		boolean renumbered = document.getType() != details.type() || document.getNumber() != details.number()
				|| !document.getSymbol().equalsIgnoreCase(details.symbol()) || document.getIssuer() != details.issuer()
				|| !java.util.Objects.equals(document.getPlenum(), details.plenum())
				|| !java.util.Objects.equals(document.getTerm(), details.term());
		document.apply(details, RichText.sanitize(details.body()), clock.instant());
		document.getAttachments().clear();
		documents.saveAndFlush(document);
		attach(document, details.attachmentMediaIds());
		relations.deleteOutgoing(document);
		relate(document, details);
		if (renumbered) {
			links.release(document);
			links.adopt(document);
		}
		recordMediaUse(document);
		events.publishEvent(new StaffAction("document.update", "document", id, document.getName()));
		if (!document.isInTrash()) {
			events.publishEvent(new SearchableChanged(searchable(document)));
		}
		return document;
	}

	/** Reversible: the record leaves the public library and its mentions, and can be restored. */
	@Transactional
	public PartyDocument moveToTrash(Long id, long formVersion) {
		PartyDocument document = get(id);
		if (document.getVersion() != formVersion) {
			throw new StaleDocumentException(id);
		}
		document.moveToTrash(clock.instant());
		documents.saveAndFlush(document);
		links.release(document);
		recordMediaUse(document);
		events.publishEvent(new StaffAction("document.trash", "document", id, document.getName()));
		events.publishEvent(new SearchableWithdrawn(SEARCH_TYPE, id));
		return document;
	}

	@Transactional
	public PartyDocument restore(Long id) {
		PartyDocument document = get(id);
		if (duplicateOf(detailsOf(document), id).filter((other) -> !other.isInTrash()).isPresent()) {
			throw new InvalidDocumentException(Map.of("number", new DocumentProblem("documents.rule.restoreDuplicate")));
		}
		document.restore(clock.instant());
		documents.saveAndFlush(document);
		links.adopt(document);
		recordMediaUse(document);
		events.publishEvent(new StaffAction("document.restore", "document", id, document.getName()));
		events.publishEvent(new SearchableChanged(searchable(document)));
		return document;
	}

	private void requireValid(DocumentDetails details, Long id) {
		Map<String, DocumentProblem> problems = problems(details, id);
		if (!problems.isEmpty()) {
			throw new InvalidDocumentException(problems);
		}
	}

	private String uniqueSlug(DocumentDetails details) {
		String code = String.format("%02d", details.number()) + " " + details.symbol();
		String base = Slugs.slugify(details.type().word() + " " + code);
		return Slugs.unique(base, documents::existsBySlug);
	}

	private void attach(PartyDocument document, List<Long> mediaIds) {
		int position = 0;
		for (Long mediaId : mediaIds.stream().distinct().toList()) {
			MediaItem item = media.find(mediaId).orElseThrow(() -> new NotFoundException("media " + mediaId));
			document.getAttachments().add(new DocumentAttachment(document, item, position++));
		}
	}

	/** Its files and the pictures in its text: public while the record is, held while it is in the trash. */
	private void recordMediaUse(PartyDocument document) {
		Set<Long> used = new HashSet<>(mediaUsage.referencedIn(document.getBody()));
		document.getAttachments().forEach((attachment) -> used.add(attachment.getMedia().getId()));
		mediaUsage.record(MEDIA_OWNER_KIND, document.getId(), !document.isInTrash(), used);
	}

	/** Stores the relations; an amended or replaced document that was in force changes its standing. */
	private void relate(PartyDocument document, DocumentDetails details) {
		relateAll(document, details.amends(), RelationKind.AMENDS);
		relateAll(document, details.replaces(), RelationKind.REPLACES);
		relateAll(document, details.relates(), RelationKind.RELATES);
	}

	private void relateAll(PartyDocument document, List<String> written, RelationKind kind) {
		for (String line : written) {
			PartyDocument other = named(line).get(0);
			if (relations.existsById(new DocumentRelation.Key(document.getId(), other.getId()))) {
				continue;
			}
			relations.save(new DocumentRelation(document, other, kind));
			if (other.getStatus() == DocumentStatus.IN_FORCE && kind != RelationKind.RELATES) {
				other.changeStatus(kind == RelationKind.AMENDS ? DocumentStatus.AMENDED : DocumentStatus.REPLACED,
						clock.instant());
			}
		}
	}

	/** A record's fields as the form would carry them, relations as their codes. */
	@Transactional(readOnly = true)
	public DocumentDetails detailsOf(PartyDocument document) {
		List<String> amends = new ArrayList<>();
		List<String> replaces = new ArrayList<>();
		List<String> relates = new ArrayList<>();
		for (DocumentRelation relation : relations.outgoing(document)) {
			String code = relation.getRelated().getName();
			switch (relation.getKind()) {
				case AMENDS -> amends.add(code);
				case REPLACES -> replaces.add(code);
				case RELATES -> relates.add(code);
			}
		}
		return new DocumentDetails(document.getType(), document.getNumber(), document.getSymbol(), document.getIssuer(),
				document.getTerm(), document.getPlenum(), document.getIssuedOn(), document.getEffectiveOn(),
				document.getTitle(), document.getSummary(), document.getBody(), document.getStatus(), amends, replaces,
				relates, document.getAttachments().stream().map((a) -> a.getMedia().getId()).toList());
	}

	// ---- search ---------------------------------------------------------------------------------

	@Override
	public String type() {
		return SEARCH_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachPublic(Consumer<Searchable> consumer) {
		documents.findByDeletedAtIsNullOrderByIdAsc().forEach((document) -> consumer.accept(searchable(document)));
	}

	static Searchable searchable(PartyDocument document) {
		String text = String.join(" ", document.getName(), document.getTitle(),
				document.getSummary() == null ? "" : document.getSummary(), DocumentLinks.plainText(document.getBody()),
				document.getTermRoman() == null ? "" : "khóa " + document.getTermRoman());
		List<String> exact = new ArrayList<>();
		exact.add(document.getCode());
		return new Searchable(SEARCH_TYPE, document.getId(), document.getName() + " – " + document.getTitle(),
				document.getSummary(), text, document.getPath(), document.getIssuedOn(), exact);
	}

	// ---- filtering --------------------------------------------------------------------------------

	private static Specification<PartyDocument> matching(DocumentFilter filter) {
		DocumentQuery query = DocumentQuery.parse(filter.text());
		return (root, criteria, builder) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(builder.isNull(root.get("deletedAt")));
			if (filter.type() != null) {
				where.add(builder.equal(root.get("type"), filter.type()));
			}
			if (filter.issuer() != null) {
				where.add(builder.equal(root.get("issuer"), filter.issuer()));
			}
			if (filter.term() != null) {
				where.add(builder.equal(root.get("term"), filter.term()));
			}
			if (filter.status() != null) {
				where.add(builder.equal(root.get("status"), filter.status()));
			}
			if (filter.year() != null) {
				where.add(builder.between(root.get("issuedOn"), LocalDate.of(filter.year(), 1, 1),
						LocalDate.of(filter.year(), 12, 31)));
			}
			where.add(byQuery(query).toPredicate(root, criteria, builder));
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

	private static Specification<PartyDocument> byQuery(DocumentQuery query) {
		return (root, criteria, builder) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(builder.isNull(root.get("deletedAt")));
			if (!query.types().isEmpty()) {
				where.add(root.get("type").in(query.types()));
			}
			if (query.number() != null) {
				where.add(builder.equal(root.get("number"), query.number()));
			}
			if (!query.symbol().isEmpty()) {
				where.add(builder.equal(builder.upper(root.get("symbol")), query.symbol().toUpperCase(Locale.ROOT)));
			}
			if (query.plenum() != null) {
				where.add(builder.equal(root.get("plenum"), query.plenum()));
			}
			if (query.term() != null) {
				where.add(builder.equal(root.get("term"), query.term()));
			}
			if (!query.words().isEmpty()) {
				Expression<String> text = builder.function("portal_fold", String.class,
						builder.concat(builder.concat(root.get("title"), " "),
								builder.coalesce(root.<String>get("summary"), "")));
				// the words as one phrase: "bảo vệ chính trị" should not match "bảo đảm … chính quyền … trị"
				where.add(builder.like(text, "%" + String.join(" ", query.words()) + "%"));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

}
