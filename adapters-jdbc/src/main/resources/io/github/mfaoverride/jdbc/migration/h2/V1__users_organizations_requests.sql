-- mfa-override schema, version 1: organizations, users with their roles and notification addresses, and
-- phone-change requests. Every lookup the JDBC adapters make is served by a primary key or an index below.

CREATE TABLE mfa_override_organization (
    id          VARCHAR(128) PRIMARY KEY,
    name        VARCHAR(256) NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    parent_id   VARCHAR(128) REFERENCES mfa_override_organization (id)
);

-- Hosts that keep users in their own table map it with UserTable and leave this one empty.
CREATE TABLE mfa_override_user (
    id                  VARCHAR(128) PRIMARY KEY,
    username            VARCHAR(256) NOT NULL,
    organization_id     VARCHAR(128) NOT NULL,
    status              VARCHAR(64)  NOT NULL,
    locale              VARCHAR(64)  NOT NULL,
    mfa_enabled         BOOLEAN      NOT NULL,
    phone               VARCHAR(32),
    phone_line_type     VARCHAR(32),
    phone_verified_at   TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL
);

-- Keyed by user id without a foreign key, so that roles also work beside a host's own user table.
CREATE TABLE mfa_override_user_grant (
    user_id             VARCHAR(128) NOT NULL,
    role                VARCHAR(64)  NOT NULL,
    organization_id     VARCHAR(128) NOT NULL,
    PRIMARY KEY (user_id, role, organization_id)
);

CREATE TABLE mfa_override_user_address (
    user_id     VARCHAR(128) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    address     VARCHAR(320) NOT NULL,
    PRIMARY KEY (user_id, sort_order)
);

CREATE TABLE mfa_override_request (
    id                      VARCHAR(64)  PRIMARY KEY,
    kind                    VARCHAR(32)  NOT NULL,
    admin_id                VARCHAR(128) NOT NULL,
    target_id               VARCHAR(128) NOT NULL,
    state                   VARCHAR(32)  NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    step_up_reference       VARCHAR(512),
    step_up_failures        INTEGER      NOT NULL,
    step_up_passed_at       TIMESTAMP WITH TIME ZONE,
    destination             VARCHAR(32),
    destination_line_type   VARCHAR(32),
    delivery_method         VARCHAR(16),
    code_digest             VARCHAR(128),
    code_expires_at         TIMESTAMP WITH TIME ZONE,
    send_count              INTEGER      NOT NULL,
    last_sent_at            TIMESTAMP WITH TIME ZONE,
    code_failures           INTEGER      NOT NULL,
    version                 BIGINT       NOT NULL,
    -- One open request per target, enforced here and not only by the code. H2 has no partial index: open_target
    -- holds the target only while the request is open, and NULLs never collide in a unique constraint.
    open_target             VARCHAR(128) GENERATED ALWAYS AS (
        CASE WHEN state IN ('AWAITING_STEP_UP', 'STEP_UP_PASSED', 'CODE_SENT') THEN target_id END),
    CONSTRAINT mfa_override_request_open_target UNIQUE (open_target)
);

-- Serves findOpenByTarget.
CREATE INDEX mfa_override_request_target ON mfa_override_request (target_id);

-- Serves purgeExpiredBefore.
CREATE INDEX mfa_override_request_expires_at ON mfa_override_request (expires_at);
