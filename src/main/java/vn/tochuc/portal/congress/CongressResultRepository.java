package vn.tochuc.portal.congress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CongressResultRepository extends JpaRepository<CongressResult, Long> {

	@Query("select distinct r from CongressResult r left join fetch r.people where r.congressId = ?1")
	Optional<CongressResult> findByCongressId(Long congressId);

	/** The results of many congresses with their people, in one statement. */
	@Query("select distinct r from CongressResult r left join fetch r.people where r.congressId in ?1")
	List<CongressResult> findAllByCongressIdIn(Collection<Long> congressIds);

	void deleteByCongressId(Long congressId);

}
