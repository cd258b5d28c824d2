package vn.tochuc.portal.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findFirstByNameIgnoreCase(String name);

	List<Organisation> findAllByOrderByNameAsc();

}
