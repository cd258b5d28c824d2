package vn.tochuc.portal.accounts;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u where lower(u.username) = lower(?1)")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByOrderByDisplayNameAsc();

	@Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(?1)")
	boolean existsByUsernameIgnoreCase(String username);

	/**
	 * The enabled accounts with a role, locked until the transaction ends: two administrators
	 * demoting each other at the same moment cannot both see "another administrator is left".
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.role = ?1 and u.enabled = true order by u.id")
	List<UserAccount> lockEnabledWithRole(Role role);

}
