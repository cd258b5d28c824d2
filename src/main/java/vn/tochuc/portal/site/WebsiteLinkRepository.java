package vn.tochuc.portal.site;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebsiteLinkRepository extends JpaRepository<WebsiteLink, Long> {

	List<WebsiteLink> findAllByOrderByPositionAscIdAsc();

}
