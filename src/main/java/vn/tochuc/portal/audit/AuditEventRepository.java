package vn.tochuc.portal.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: no update or delete method exists, on purpose. */
interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	AuditEvent save(AuditEvent event);

	long count();

	/**
	 * The distinct actions, read by skipping through the action index (one index probe per
	 * value) instead of scanning the whole log.
	 */
	@Query(value = """
			with recursive found(action) as (
			    (select action from audit_event order by action limit 1)
			    union all
			    select (select e.action from audit_event e where e.action > found.action order by e.action limit 1)
			    from found where found.action is not null
			)
			select action from found where action is not null
			""", nativeQuery = true)
	List<String> distinctActions();

	/** The distinct target types, the same way through the target index. */
	@Query(value = """
			with recursive found(target_type) as (
			    (select target_type from audit_event where target_type is not null order by target_type limit 1)
			    union all
			    select (select e.target_type from audit_event e where e.target_type > found.target_type
			            order by e.target_type limit 1)
			    from found where found.target_type is not null
			)
			select target_type from found where target_type is not null
			""", nativeQuery = true)
	List<String> distinctTargetTypes();

}
