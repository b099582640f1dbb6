/**
 * The commands the facade takes, one per use case, with Jakarta Validation constraints a host can check early.
 *
 * <p>The facade checks the same rules itself, so a host without a Validation provider gets the same typed
 * {@link io.github.mfaoverride.error.InvalidInputException}. {@code toString()} never shows a code, a number or
 * a proof.
 */
package io.github.mfaoverride.command;
