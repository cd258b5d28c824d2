package vn.tochuc.portal.accounts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	@Query("select c from RecoveryCode c where c.userId = ?1 and c.usedAt is null order by c.id")
	List<RecoveryCode> findUnused(Long userId);

	@Query("select count(c) from RecoveryCode c where c.userId = ?1 and c.usedAt is null")
	long countUnused(Long userId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from RecoveryCode c where c.userId = ?1")
	int deleteForUser(Long userId);

}
