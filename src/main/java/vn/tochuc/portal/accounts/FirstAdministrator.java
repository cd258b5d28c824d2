package vn.tochuc.portal.accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tochuc.portal.platform.PortalProperties;

/** Creates the contract's first administrator at start-up when no user exists. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private final StaffDirectory staff;

	private final PortalProperties properties;

	FirstAdministrator(StaffDirectory staff, PortalProperties properties) {
		this.staff = staff;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		staff.ensureFirstAdministrator(properties.admin().username(), properties.admin().password());
	}

}
