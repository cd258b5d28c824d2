package vn.tochuc.portal.about;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AboutPageRepository extends JpaRepository<AboutPage, Long> {

	List<AboutPage> findAllByOrderByPositionAscIdAsc();

	Optional<AboutPage> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
