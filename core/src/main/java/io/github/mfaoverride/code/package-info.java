/**
 * One-time codes: generation without bias, keyed digests, constant-time comparison.
 */
package io.github.mfaoverride.code;
