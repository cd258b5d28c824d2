package vn.tochuc.portal.congress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CongressChangeRepository extends JpaRepository<CongressChange, Long> {

	List<CongressChange> findTop200ByCongressIdOrderByChangedAtDescIdDesc(Long congressId);

}
