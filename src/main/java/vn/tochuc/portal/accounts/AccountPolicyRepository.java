package vn.tochuc.portal.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountPolicyRepository extends JpaRepository<AccountPolicy, Integer> {

}
