package vn.tochuc.portal.congress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CongressRepository extends JpaRepository<Congress, Long> {

	String FETCH = "select c from Congress c join fetch c.committee join fetch c.term ";

	String ORDER = " order by coalesce(c.startedOn, c.plannedOn) asc nulls last, c.committee.position asc, c.id asc";

	@Query(FETCH + "where c.id = ?1")
	Optional<Congress> findWithDetails(Long id);

	@Query(FETCH + "where c.slug = ?1")
	Optional<Congress> findBySlug(String slug);

	/** A term's congresses, filtered; a null filter value lets everything through. */
	@Query(FETCH + """
			where c.term.id = :term
			and (:level is null or c.committee.level = :level)
			and (:status is null or c.status = :status)
			and (:pilot is null or c.pilot = :pilot)""" + ORDER)
	List<Congress> search(Long term, CommitteeLevel level, CongressStatus status, Boolean pilot);

	/** One page of {@link #search}: a province has a thousand grassroots congresses a term. */
	@Query(value = FETCH + """
			where c.term.id = :term
			and (:level is null or c.committee.level = :level)
			and (:status is null or c.status = :status)
			and (:pilot is null or c.pilot = :pilot)""" + ORDER, countQuery = """
			select count(c) from Congress c
			where c.term.id = :term
			and (:level is null or c.committee.level = :level)
			and (:status is null or c.status = :status)
			and (:pilot is null or c.pilot = :pilot)""")
	Page<Congress> search(Long term, CommitteeLevel level, CongressStatus status, Boolean pilot, Pageable page);

	@Query(FETCH + "where c.term.id = ?1" + ORDER)
	List<Congress> findAllInTerm(Long termId);

	@Query(FETCH + "order by c.term.startYear desc, coalesce(c.startedOn, c.plannedOn) desc nulls last, c.id desc")
	List<Congress> findAllNewestFirst();

	@Query(FETCH + "where c.committee.id = ?1 order by c.term.startYear desc")
	List<Congress> findAllOfCommittee(Long committeeId);

	boolean existsBySlug(String slug);

	boolean existsByCommitteeIdAndTermId(Long committeeId, Long termId);

	boolean existsByCommitteeId(Long committeeId);

	boolean existsByTermId(Long termId);

	@Query("select distinct c.term.id from Congress c")
	List<Long> findTermIdsInUse();

	/** How many congresses of the term there are, and how many were held: one aggregate row. */
	@Query("""
			select count(c), coalesce(sum(case when c.status = vn.tochuc.portal.congress.CongressStatus.HELD then 1 else 0 end), 0)
			from Congress c where c.term.id = ?1""")
	List<Object[]> countHeldInTerm(Long termId);

	/** Planned congresses whose day is before {@code today}, oldest first. */
	@Query(value = FETCH + "where c.status = ?1 and coalesce(c.endedOn, c.startedOn, c.plannedOn) < ?2" + ORDER,
			countQuery = "select count(c) from Congress c where c.status = ?1 and coalesce(c.endedOn, c.startedOn, c.plannedOn) < ?2")
	Page<Congress> findStale(CongressStatus status, java.time.LocalDate today, Pageable page);

}
