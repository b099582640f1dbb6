/**
 * JMH benchmarks of mfa-override: the phone-change flow and each of its steps in memory, complete flows over
 * JDBC on H2 and PostgreSQL at several concurrencies, a hand-written JDBC floor doing the same row work, Spring
 * Security's one-time-token services as a peer, and a harness that measures the memory the in-memory adapters
 * hold. {@link io.github.mfaoverride.benchmarks.BenchmarkSuite} runs everything and writes a summary; nothing
 * here runs during the ordinary build.
 */
package io.github.mfaoverride.benchmarks;
