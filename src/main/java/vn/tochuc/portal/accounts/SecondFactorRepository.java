package vn.tochuc.portal.accounts;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

	/**
	 * The factor, locked until the transaction ends: two requests with the same code at the same
	 * moment cannot both see it unused.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from SecondFactor f where f.userId = ?1")
	Optional<SecondFactor> lockForUser(Long userId);

	@Query("select count(f) > 0 from SecondFactor f where f.userId = ?1 and f.enabledAt is not null")
	boolean isEnabledFor(Long userId);

}
