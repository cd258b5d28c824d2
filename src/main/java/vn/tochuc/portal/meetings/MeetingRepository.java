package vn.tochuc.portal.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	boolean existsBySlug(String slug);

	@EntityGraph(attributePaths = { "chairs", "attendees" })
	Optional<Meeting> findBySlug(String slug);

	@EntityGraph(attributePaths = { "chairs", "attendees" })
	@Query("select m from Meeting m where m.id = ?1")
	Optional<Meeting> findWithPeople(Long id);

	/** Filters for the public and staff lists; each one optional. Years are [from, to) instants. */
	@Query(value = """
			select m from Meeting m
			where (cast(:from as timestamp) is null or m.startsAt >= :from)
			  and (cast(:to as timestamp) is null or m.startsAt < :to)
			  and (:kind is null or m.kind = :kind)
			  and (:status is null or m.status = :status)
			  and (:personId is null or exists (select 1 from Meeting c join c.chairs p where c = m and p.id = :personId))
			  and (:organisationId is null or exists (select 1 from Meeting a join a.attendees o where a = m and o.id = :organisationId))
			order by m.startsAt desc, m.id desc""")
	Page<Meeting> search(Instant from, Instant to, MeetingKind kind, MeetingStatus status, Long personId,
			Long organisationId, Pageable pageable);

	@EntityGraph(attributePaths = { "chairs" })
	@Query("select distinct m from Meeting m where m.id in ?1")
	List<Meeting> findWithChairs(Collection<Long> ids);

	@EntityGraph(attributePaths = { "chairs", "attendees" })
	@Query("select distinct m from Meeting m where m.id in ?1 order by m.id")
	List<Meeting> findWithPeople(Collection<Long> ids);

	/** Ids of the meetings not in the given status, after the given id, in id order (for the search index). */
	@Query("select m.id from Meeting m where m.id > ?1 and m.status <> ?2 order by m.id")
	List<Long> findSearchableIds(long afterId, MeetingStatus excluded, Pageable pageable);

	@Query("select m from Meeting m where m.startsAt >= ?1 and m.startsAt < ?2 order by m.startsAt, m.id")
	List<Meeting> findStartingBetween(Instant from, Instant to);

	@Query(value = "select distinct extract(year from starts_at at time zone 'Asia/Ho_Chi_Minh')::int from meeting order by 1 desc",
			nativeQuery = true)
	List<Integer> findYears();

	List<Meeting> findTop200ByOrderByStartsAtDesc();

	/** Planned meetings whose last moment is before {@code before}, oldest first. */
	@Query("select m from Meeting m where m.status = ?1 and coalesce(m.endsAt, m.startsAt) < ?2 order by m.startsAt, m.id")
	Page<Meeting> findStale(MeetingStatus status, Instant before, Pageable page);

}
