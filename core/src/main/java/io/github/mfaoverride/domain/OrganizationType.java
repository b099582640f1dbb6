package io.github.mfaoverride.domain;

/**
 * The kinds of organization an admin role can be scoped to.
 */
public enum OrganizationType {
    /** The company that runs the platform itself; its users are the operator's employees. */
    PLATFORM_OPERATOR,
    /** A partner that resells or integrates the platform. */
    PARTNER,
    /** An enterprise customer. */
    ENTERPRISE,
    /** A merchant customer. */
    MERCHANT
}
