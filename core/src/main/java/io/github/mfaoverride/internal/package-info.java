/**
 * Helpers shared inside the library. Not API: anything here may change without notice.
 */
package io.github.mfaoverride.internal;
