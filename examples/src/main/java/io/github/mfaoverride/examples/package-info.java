/**
 * How a host embeds mfa-override. {@link io.github.mfaoverride.examples.Quickstart} walks the source article's
 * flow on the console.
 */
package io.github.mfaoverride.examples;
