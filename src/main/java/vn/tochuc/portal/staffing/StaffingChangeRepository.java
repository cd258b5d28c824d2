package vn.tochuc.portal.staffing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffingChangeRepository extends JpaRepository<StaffingChange, Long> {

	List<StaffingChange> findTop200ByUnitIdOrderByChangedAtDescIdDesc(Long unitId);

	List<StaffingChange> findTop50ByOrderByChangedAtDescIdDesc();

}
