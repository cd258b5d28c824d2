package vn.tochuc.portal.staffing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffingPeriodRepository extends JpaRepository<StaffingPeriod, Long> {

	List<StaffingPeriod> findAllByOrderByStartYearAsc();

}
