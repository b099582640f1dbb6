/**
 * What the use cases answer: sealed outcome types whose variants are the business results, including the
 * typed {@link io.github.mfaoverride.outcome.Refused} with its
 * {@link io.github.mfaoverride.outcome.RefusalReason}. Refusals are values, not exceptions.
 */
package io.github.mfaoverride.outcome;
