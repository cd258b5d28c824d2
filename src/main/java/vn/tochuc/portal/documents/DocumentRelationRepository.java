package vn.tochuc.portal.documents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRelationRepository extends JpaRepository<DocumentRelation, DocumentRelation.Key> {

	@Query("select r from DocumentRelation r join fetch r.related where r.document = ?1 order by r.kind, r.related.issuedOn")
	List<DocumentRelation> outgoing(PartyDocument document);

	@Query("select r from DocumentRelation r join fetch r.document where r.related = ?1 order by r.kind, r.document.issuedOn")
	List<DocumentRelation> incoming(PartyDocument document);

	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("delete from DocumentRelation r where r.document = ?1")
	void deleteOutgoing(PartyDocument document);

}
