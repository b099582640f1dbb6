/**
 * Limits that hold across requests: how many requests and codes an admin, a target, a number, a country and the
 * whole installation may use in a window ({@link io.github.mfaoverride.limits.RateLimitPolicy}), and the lockout
 * that counts wrong codes and step-up responses per target and per admin
 * ({@link io.github.mfaoverride.limits.LockoutPolicy}).
 *
 * <p>Both keep their counts in the {@link io.github.mfaoverride.limits.RateLimitCounters} port, whose one atomic
 * "try acquire" operation makes the limits hold under concurrency and across service instances.
 */
package io.github.mfaoverride.limits;
