package vn.tochuc.portal.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import vn.tochuc.portal.platform.PortalProperties;

/**
 * Spring Security's WebAuthn support, on the portal's database: its JDBC repositories (through
 * {@link Passkeys}) and webauthn4j's checks of the ceremonies, for the relying party the settings
 * name. {@link SecurityConfiguration} turns the ceremonies' endpoints on only when
 * {@link PasskeySettings#enabled()}.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PasskeySettings passkeySettings(PasskeyProperties properties, PortalProperties portal) {
		return properties.resolve(portal.site().baseUrl());
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(Passkeys passkeys) {
		return passkeys.userEntities();
	}

	@Bean
	UserCredentialRepository passkeyCredentials(Passkeys passkeys, ObjectProvider<PasskeyRegistration> registration) {
		return new RegisteringCredentialRepository(passkeys.credentials(), registration);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyCeremonies(PublicKeyCredentialUserEntityRepository passkeyUserEntities,
			UserCredentialRepository passkeyCredentials, PasskeySettings settings, PortalProperties portal) {
		return new Webauthn4JRelyingPartyOperations(passkeyUserEntities, passkeyCredentials,
				PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(portal.site().name()).build(),
				settings.origins());
	}

}
