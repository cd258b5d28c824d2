-- Staff passkeys (WebAuthn), kept by Spring Security's JDBC repositories
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository): the tables and columns
-- are the ones Spring Security ships (org/springframework/security/user-entities-schema.sql and
-- user-credentials-schema-postgres.sql), with the indexes its queries need.

-- The WebAuthn user handle of each staff member who registered a passkey: id is the random handle
-- (base64url), name the login name (Spring Security looks users up by it).
CREATE TABLE user_entities (
    id           varchar(1000) NOT NULL PRIMARY KEY,
    name         varchar(100)  NOT NULL,
    display_name varchar(200)
);
CREATE UNIQUE INDEX user_entities_name ON user_entities (name);

-- One row per passkey: its public key (never a secret), the signature counter, and the name the user gave it.
CREATE TABLE user_credentials (
    credential_id                varchar(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          varchar(1000) NOT NULL,
    public_key                   bytea         NOT NULL,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       NOT NULL,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       NOT NULL,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) NOT NULL
);
CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);
