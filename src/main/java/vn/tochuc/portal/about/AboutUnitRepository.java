package vn.tochuc.portal.about;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AboutUnitRepository extends JpaRepository<AboutUnit, Long> {

	List<AboutUnit> findAllByOrderByPositionAscIdAsc();

	boolean existsByParentId(Long parentId);

}
