package io.github.mfaoverride.port;

import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.workflow.PhoneChangeRequest;
import io.github.mfaoverride.workflow.RequestId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port to where phone-change requests are kept between steps, possibly by another service instance.
 *
 * <p>Writes are optimistic: each carries the version the caller read, and a stale one is refused with
 * {@link io.github.mfaoverride.error.ConcurrentUpdateException}. At most one open (non-terminal) request may
 * exist per target user. Implementations must be thread-safe; the contract test kit
 * {@code PhoneChangeRequestsContract} shows the expected behaviour.
 */
public interface PhoneChangeRequests {

    /**
     * Stores a new request.
     *
     * @param request an unsaved request (version 0), not null
     * @return the stored request, at version 1
     * @throws io.github.mfaoverride.error.ConcurrentUpdateException when the id exists, or when the request is
     *     open and the target already has another open request
     */
    PhoneChangeRequest insert(PhoneChangeRequest request);

    /**
     * Replaces a stored request if it is still at {@code request.version()}.
     *
     * @param request the changed request, carrying the version it was read at, not null
     * @return the stored request, one version on
     * @throws io.github.mfaoverride.error.ConcurrentUpdateException when the stored version differs or the
     *     request is gone
     */
    PhoneChangeRequest update(PhoneChangeRequest request);

    /**
     * Finds a request by id.
     *
     * @param id the id, not null
     * @return the request, or empty when there is none
     */
    Optional<PhoneChangeRequest> find(RequestId id);

    /**
     * Finds the open request of a target user.
     *
     * @param targetId the user whose phone would change, not null
     * @return the one request in a non-terminal state, or empty
     */
    Optional<PhoneChangeRequest> findOpenByTarget(UserId targetId);

    /**
     * Deletes at most {@code maxCount} requests whose lifetime ended before {@code cutoff}, whatever their state.
     *
     * @param cutoff requests with {@code expiresAt} strictly before it are removed, not null
     * @param maxCount the batch size, one or more
     * @return how many were removed; fewer than {@code maxCount} means none are left
     */
    int purgeExpiredBefore(Instant cutoff, int maxCount);
}
