package io.github.mfaoverride.error;

import static java.util.Objects.requireNonNull;

/**
 * A user, organization or request that an argument names does not exist. Nothing was changed.
 */
public final class UnknownEntityException extends MfaOverrideException {

    private final String entity;
    private final String id;

    /**
     * Creates the exception.
     *
     * @param entity what was looked up, for example {@code "user"}, not null
     * @param id the id that was not found, not null
     */
    public UnknownEntityException(String entity, String id) {
        super(ErrorCode.UNKNOWN_ENTITY, "unknown " + entity + " '" + id + "'");
        this.entity = requireNonNull(entity, "entity cannot be null");
        this.id = requireNonNull(id, "id cannot be null");
    }

    /**
     * Returns the kind of entity that was looked up.
     *
     * @return {@code "user"}, {@code "organization"} or {@code "request"}, never null
     */
    public String entity() {
        return entity;
    }

    /**
     * Returns the id that was not found.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }
}
