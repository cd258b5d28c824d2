package vn.tochuc.portal.about;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AboutLeaderRepository extends JpaRepository<AboutLeader, Long> {

	List<AboutLeader> findAllByOrderByPositionAscIdAsc();

}
