-- mfa-override schema, version 2: AWAITING_APPROVAL (a change held by the four-eyes rule) is an open state, so a
-- target may not have a second request beside one waiting for approval. V1 listed the open states without it.
-- A database that ran the four-eyes rule on V1 alone may hold a target with both; this migration then fails on the
-- unique rule, and one of the two requests must be ended (cancelled) before it is applied again; PostgreSQL
-- rolls the whole migration back, so nothing is left half-done.

DROP INDEX mfa_override_request_open_target;

-- One open request per target; also serves findOpenByTarget.
CREATE UNIQUE INDEX mfa_override_request_open_target
    ON mfa_override_request (target_id)
    WHERE state IN ('AWAITING_STEP_UP', 'STEP_UP_PASSED', 'CODE_SENT', 'AWAITING_APPROVAL');
