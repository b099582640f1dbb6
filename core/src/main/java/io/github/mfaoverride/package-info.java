/**
 * The entry point, {@link io.github.mfaoverride.MfaOverride}: an admin changes the MFA phone number of another
 * user, safely. Start here; the subpackages hold the domain, the ports, the commands and the outcomes.
 */
package io.github.mfaoverride;
