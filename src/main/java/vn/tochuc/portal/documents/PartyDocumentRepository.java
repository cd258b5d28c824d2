package vn.tochuc.portal.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PartyDocumentRepository extends JpaRepository<PartyDocument, Long>, JpaSpecificationExecutor<PartyDocument> {

	boolean existsBySlug(String slug);

	@EntityGraph(attributePaths = { "attachments", "attachments.media" })
	Optional<PartyDocument> findBySlugAndDeletedAtIsNull(String slug);

	@EntityGraph(attributePaths = { "attachments", "attachments.media" })
	Optional<PartyDocument> findWithAttachmentsById(Long id);

	/** The records a number may name; the caller narrows by symbol and issuer. */
	List<PartyDocument> findByNumberAndTypeInAndDeletedAtIsNull(int number, Collection<DocumentType> types);

	List<PartyDocument> findByTypeAndNumberAndIssuer(DocumentType type, int number, DocumentIssuer issuer);

	List<PartyDocument> findByTypeAndPlenumAndDeletedAtIsNullOrderByNumber(DocumentType type, int plenum);

	@Query("select distinct d.term from PartyDocument d where d.term is not null and d.deletedAt is null order by d.term desc")
	List<Integer> terms();

	@Query("select distinct year(d.issuedOn) from PartyDocument d where d.issuedOn is not null and d.deletedAt is null order by 1 desc")
	List<Integer> years();

	List<PartyDocument> findByDeletedAtIsNotNullOrderByDeletedAtDesc();

	List<PartyDocument> findByDeletedAtIsNullOrderByIdAsc();

}
