/**
 * The exceptions the library throws, all under {@link io.github.mfaoverride.error.MfaOverrideException} and
 * each carrying a machine-readable {@link io.github.mfaoverride.error.ErrorCode}.
 */
package io.github.mfaoverride.error;
