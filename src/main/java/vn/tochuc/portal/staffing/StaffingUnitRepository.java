package vn.tochuc.portal.staffing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffingUnitRepository extends JpaRepository<StaffingUnit, Long> {

	List<StaffingUnit> findAllByOrderByPositionAscIdAsc();

	Optional<StaffingUnit> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsByParentId(Long parentId);

}
