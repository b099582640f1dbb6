/**
 * In-memory adapters for every port: {@link io.github.mfaoverride.adapters.inmemory.InMemoryStore} (users,
 * organizations, requests and the transactions spanning them), the
 * {@link io.github.mfaoverride.adapters.inmemory.InMemoryCodeOutbox} that keeps codes instead of sending them,
 * the {@link io.github.mfaoverride.adapters.inmemory.ScriptedStepUpVerifier}, and the stores of the abuse guards and
 * accountability: {@link io.github.mfaoverride.adapters.inmemory.InMemoryRateLimitCounters},
 * {@link io.github.mfaoverride.adapters.inmemory.InMemoryAuditTrail},
 * {@link io.github.mfaoverride.adapters.inmemory.InMemoryChangeNotices}, and the event listeners
 * {@link io.github.mfaoverride.adapters.inmemory.InMemoryEventLog} and
 * {@link io.github.mfaoverride.adapters.inmemory.OutcomeCounter}. All are thread-safe; they
 * suit tests, demos and single-node hosts that need no durability.
 */
package io.github.mfaoverride.adapters.inmemory;
