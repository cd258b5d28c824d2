package vn.tochuc.portal.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteBannerRepository extends JpaRepository<SiteBanner, Integer> {

}
