package vn.tochuc.portal.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findFirstByFullNameIgnoreCaseAndTitleIgnoreCase(String fullName, String title);

	Optional<Person> findFirstByFullNameIgnoreCaseAndTitleIsNull(String fullName);

	List<Person> findAllByOrderByFullNameAsc();

}
