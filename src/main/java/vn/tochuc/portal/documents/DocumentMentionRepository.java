package vn.tochuc.portal.documents;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentMentionRepository extends JpaRepository<DocumentMention, Long> {

	@Query("select m from DocumentMention m left join fetch m.document where m.sourceType = ?1 and m.sourceId = ?2 order by m.id")
	List<DocumentMention> findBySource(DocumentMention.Source sourceType, Long sourceId);

	@Query("""
			select m.sourceId from DocumentMention m
			where m.document = ?1 and m.sourceType = ?2 and m.state <> vn.tochuc.portal.documents.DocumentMention.State.REJECTED
			""")
	List<Long> sourcesMentioning(PartyDocument document, DocumentMention.Source sourceType);

	/** Mentions not pointing at a record yet, that a new record with this number could take. */
	@Query("""
			select m from DocumentMention m
			where m.document is null and m.state = vn.tochuc.portal.documents.DocumentMention.State.AUTO
			  and (m.mentionKey like ?1 or m.mentionKey like 'PLENUM|%')
			""")
	List<DocumentMention> unresolvedFor(String keyPattern);

	/** Mentions pointing at the given record (when it goes to the trash, they become unresolved). */
	List<DocumentMention> findByDocument(PartyDocument document);

	@Query(value = """
			select m.mentionKey as key, min(m.label) as label, count(m) as mentions, max(m.candidates) as candidates
			from DocumentMention m
			where m.document is null and m.state <> vn.tochuc.portal.documents.DocumentMention.State.REJECTED
			group by m.mentionKey order by count(m) desc, m.mentionKey
			""", countQuery = """
			select count(distinct m.mentionKey) from DocumentMention m
			where m.document is null and m.state <> vn.tochuc.portal.documents.DocumentMention.State.REJECTED
			""")
	Page<UnresolvedMention> unresolved(Pageable pageable);

	@Query("select m from DocumentMention m where m.mentionKey = ?1 and m.document is null order by m.sourceType, m.sourceId desc")
	List<DocumentMention> unresolvedWithKey(String key);

	long countByDocumentIsNullAndStateNot(DocumentMention.State state);

}
