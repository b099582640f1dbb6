-- mfa-override schema, version 2: AWAITING_APPROVAL (a change held by the four-eyes rule) is an open state, so a
-- target may not have a second request beside one waiting for approval. V1 listed the open states without it.
-- A database that ran the four-eyes rule on V1 alone may hold a target with both; this migration then fails on the
-- unique rule, and one of the two requests must be ended (cancelled) before it is applied again. H2 commits each
-- DDL statement on its own, so the statements below may be run again after a failure (Flyway: repair, migrate).

ALTER TABLE mfa_override_request DROP CONSTRAINT IF EXISTS mfa_override_request_open_target;

ALTER TABLE mfa_override_request DROP COLUMN IF EXISTS open_target;

ALTER TABLE mfa_override_request ADD COLUMN open_target VARCHAR(128) GENERATED ALWAYS AS (
    CASE WHEN state IN ('AWAITING_STEP_UP', 'STEP_UP_PASSED', 'CODE_SENT', 'AWAITING_APPROVAL')
        THEN target_id END);

ALTER TABLE mfa_override_request ADD CONSTRAINT mfa_override_request_open_target UNIQUE (open_target);
