/**
 * In-memory adapters for every port: {@link io.github.mfaoverride.adapters.inmemory.InMemoryStore} (users,
 * organizations, requests and the transactions spanning them), the
 * {@link io.github.mfaoverride.adapters.inmemory.InMemoryCodeOutbox} that keeps codes instead of sending them,
 * and the {@link io.github.mfaoverride.adapters.inmemory.ScriptedStepUpVerifier}. All are thread-safe; they
 * suit tests, demos and single-node hosts that need no durability.
 */
package io.github.mfaoverride.adapters.inmemory;
