package vn.tochuc.portal.congress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyCommitteeRepository extends JpaRepository<PartyCommittee, Long> {

	List<PartyCommittee> findAllByOrderByPositionAscIdAsc();

	boolean existsBySlug(String slug);

	boolean existsByParentId(Long parentId);

}
