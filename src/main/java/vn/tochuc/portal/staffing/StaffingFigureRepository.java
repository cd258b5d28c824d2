package vn.tochuc.portal.staffing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffingFigureRepository extends JpaRepository<StaffingFigure, Long> {

	/** A period's figures with their yearly cuts, in one statement. */
	@Query("select distinct f from StaffingFigure f left join fetch f.cuts where f.periodId = :periodId")
	List<StaffingFigure> findAllInPeriod(Long periodId);

	@Query("select distinct f from StaffingFigure f left join fetch f.cuts")
	List<StaffingFigure> findAllWithCuts();

	@Query("select f from StaffingFigure f left join fetch f.cuts where f.unitId = :unitId and f.periodId = :periodId")
	Optional<StaffingFigure> findByUnitIdAndPeriodId(Long unitId, Long periodId);

	boolean existsByUnitId(Long unitId);

}
