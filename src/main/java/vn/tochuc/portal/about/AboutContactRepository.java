package vn.tochuc.portal.about;

import org.springframework.data.jpa.repository.JpaRepository;

interface AboutContactRepository extends JpaRepository<AboutContact, Integer> {

}
