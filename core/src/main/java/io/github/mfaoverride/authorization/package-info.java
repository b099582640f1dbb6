/**
 * Who may change whose phone number: the {@link io.github.mfaoverride.authorization.ChangeAuthorization} port,
 * its default {@link io.github.mfaoverride.authorization.ScopedRoleAuthorization} and the typed
 * {@link io.github.mfaoverride.authorization.Eligibility} a UI uses to show or explain the edit control.
 */
package io.github.mfaoverride.authorization;
