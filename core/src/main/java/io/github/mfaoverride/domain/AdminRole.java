package io.github.mfaoverride.domain;

/**
 * The admin roles that may change another user's MFA phone number, each scoped to one kind of organization.
 */
public enum AdminRole {
    /** Acts on users of its Partner organization. */
    PARTNER_ADMIN(OrganizationType.PARTNER),
    /** Acts on users of its Merchant organization. */
    MERCHANT_ADMIN(OrganizationType.MERCHANT),
    /** Acts on users of its Enterprise organization. */
    ENTERPRISE_ADMIN(OrganizationType.ENTERPRISE),
    /** The platform operator's own admin ("Forte Admin" in the source article): acts on the operator's employees. */
    PLATFORM_OPERATOR_ADMIN(OrganizationType.PLATFORM_OPERATOR);

    private final OrganizationType scope;

    AdminRole(OrganizationType scope) {
        this.scope = scope;
    }

    /**
     * Returns the kind of organization whose users this role acts on.
     *
     * @return the organization type, never null
     */
    public OrganizationType scope() {
        return scope;
    }
}
