package io.github.mfaoverride.authorization;

import static java.util.Objects.requireNonNull;

import io.github.mfaoverride.domain.AdminGrant;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.port.UserDirectory;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The default rules, taken from the source support article.
 *
 * <ul>
 *   <li>A Partner, Merchant or Enterprise Admin acts on users of the organization the role was granted in,
 *       provided that organization is of the role's type.</li>
 *   <li>A platform-operator admin acts on the operator's own employees only, with or without descendants.</li>
 *   <li>The admin must be Active and have MFA enabled; the target must be Active or Suspended.</li>
 *   <li>An admin may not target themselves (self-service is another flow) unless {@link Builder#allowSelfTarget}.
 *   </li>
 *   <li>With {@link Builder#includeDescendants}, a role also covers organizations below its own; off by default,
 *       as the article scopes each role to one organization.</li>
 * </ul>
 *
 * <p>Thread-safe. Reads organizations through the {@link UserDirectory} it is given.
 */
public final class ScopedRoleAuthorization implements ChangeAuthorization {

    /** Bounds the walk up the organization tree, so a cycle in the host's data cannot loop forever. */
    private static final int MAX_DEPTH = 32;

    private final UserDirectory directory;
    private final boolean includeDescendants;
    private final boolean allowSelfTarget;

    private ScopedRoleAuthorization(Builder builder) {
        this.directory = builder.directory;
        this.includeDescendants = builder.includeDescendants;
        this.allowSelfTarget = builder.allowSelfTarget;
    }

    /**
     * Starts a builder.
     *
     * @param directory where organizations are read, not null
     * @return a builder with the article's defaults
     */
    public static Builder builder(UserDirectory directory) {
        return new Builder(directory);
    }

    @Override
    public Eligibility evaluate(User admin, User target) {
        requireNonNull(admin, "admin cannot be null");
        requireNonNull(target, "target cannot be null");
        Set<Ineligibility> reasons = EnumSet.noneOf(Ineligibility.class);
        if (!admin.isAdmin()) {
            reasons.add(Ineligibility.ADMIN_HAS_NO_ADMIN_ROLE);
        }
        if (!admin.mfa().enabled()) {
            reasons.add(Ineligibility.ADMIN_MFA_NOT_ENABLED);
        }
        if (admin.status() != UserStatus.ACTIVE) {
            reasons.add(Ineligibility.ADMIN_NOT_ACTIVE);
        }
        boolean self = admin.id().equals(target.id());
        if (self && !allowSelfTarget) {
            reasons.add(Ineligibility.SELF_TARGET);
        }
        if (admin.isAdmin() && !self && !inScope(admin, target)) {
            reasons.add(Ineligibility.TARGET_OUT_OF_SCOPE);
        }
        if (!target.status().allowsPhoneChange()) {
            reasons.add(Ineligibility.TARGET_STATUS_NOT_ELIGIBLE);
        }
        return new Eligibility(reasons);
    }

    private boolean inScope(User admin, User target) {
        Set<OrganizationId> targetLineage = lineage(target.organization());
        for (AdminGrant grant : admin.grants()) {
            Optional<Organization> granted = directory.findOrganization(grant.organization());
            if (granted.isEmpty() || granted.get().type() != grant.role().scope()) {
                continue;
            }
            // The article gives the operator's admin the operator's own employees only; descendants never widen it.
            boolean covered = grant.role() == AdminRole.PLATFORM_OPERATOR_ADMIN
                    ? grant.organization().equals(target.organization())
                    : targetLineage.contains(grant.organization());
            if (covered) {
                return true;
            }
        }
        return false;
    }

    /** The target's organization and, with descendants included, every organization above it. */
    private Set<OrganizationId> lineage(OrganizationId start) {
        Set<OrganizationId> lineage = new HashSet<>();
        lineage.add(start);
        if (!includeDescendants) {
            return lineage;
        }
        Optional<OrganizationId> next = directory.findOrganization(start).flatMap(Organization::parent);
        for (int depth = 0; next.isPresent() && depth < MAX_DEPTH && lineage.add(next.get()); depth++) {
            next = directory.findOrganization(next.get()).flatMap(Organization::parent);
        }
        return lineage;
    }

    /** Configures {@link ScopedRoleAuthorization}. Not thread-safe. */
    public static final class Builder {
        private final UserDirectory directory;
        private boolean includeDescendants;
        private boolean allowSelfTarget;

        private Builder(UserDirectory directory) {
            this.directory = requireNonNull(directory, "directory cannot be null");
        }

        /**
         * Lets a role cover organizations below the one it was granted in. Off by default.
         *
         * @param include whether to include descendants
         * @return this builder
         */
        public Builder includeDescendants(boolean include) {
            this.includeDescendants = include;
            return this;
        }

        /**
         * Lets an admin target themselves through this flow. Off by default: self-service is a different flow.
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder allowSelfTarget(boolean allow) {
            this.allowSelfTarget = allow;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         */
        public ScopedRoleAuthorization build() {
            return new ScopedRoleAuthorization(this);
        }
    }
}
