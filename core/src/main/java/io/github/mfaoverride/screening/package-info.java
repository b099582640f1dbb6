/**
 * The number policy against SMS pumping and weak numbers: allowed destination countries, blocked line types and
 * blocked prefixes, optionally followed by a provider's lookup ({@link io.github.mfaoverride.screening.NumberPolicy}).
 */
package io.github.mfaoverride.screening;
