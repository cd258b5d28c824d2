package vn.tochuc.portal.congress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CongressTermRepository extends JpaRepository<CongressTerm, Long> {

	List<CongressTerm> findAllByOrderByStartYearAsc();

	boolean existsByStartYearAndEndYear(int startYear, int endYear);

}
