/**
 * Durable storage over plain JDBC, on H2 and PostgreSQL: {@link io.github.mfaoverride.adapters.jdbc.JdbcStore}
 * wires the {@link io.github.mfaoverride.adapters.jdbc.JdbcUserDirectory} (the library's tables or a host's user
 * table mapped by a {@link io.github.mfaoverride.adapters.jdbc.UserTable}), the
 * {@link io.github.mfaoverride.adapters.jdbc.JdbcPhoneChangeRequests}, the
 * {@link io.github.mfaoverride.adapters.jdbc.JdbcRateLimitCounters}, the
 * {@link io.github.mfaoverride.adapters.jdbc.JdbcAuditTrail} and the
 * {@link io.github.mfaoverride.adapters.jdbc.JdbcTransactions} spanning them. The schema ships as Flyway migrations,
 * see {@link io.github.mfaoverride.adapters.jdbc.JdbcMigrations}.
 *
 * <h2>Statement budget</h2>
 * <p>JDBC statements prepared per use case through the facade, with the default authorization (one role, no
 * organization tree walk), a step-up verifier that keeps no state in the database, and no rate-limit counters,
 * audit trail or event listener wired (the first table), or with the counters and the audit trail of this module
 * wired (the second). A build-time test counts them, so a change that adds round trips fails the build until
 * these tables are changed with it.
 * <table>
 *   <caption>Statements per use case</caption>
 *   <tr><th>Use case</th><th>Statements</th><th>Which</th></tr>
 *   <tr><td>begin (no open request)</td><td>5</td>
 *       <td>admin, target, granting organization, open request of target, insert</td></tr>
 *   <tr><td>begin (superseding one)</td><td>6</td><td>as above, plus the superseded request's update</td></tr>
 *   <tr><td>answerStepUp</td><td>5</td><td>request, admin, target, organization, update</td></tr>
 *   <tr><td>sendCode</td><td>6</td><td>request, admin, target, organization, send reserved, code sent</td></tr>
 *   <tr><td>verifyCode, wrong code</td><td>5</td><td>request, admin, target, organization, failure counted</td>
 *       </tr>
 *   <tr><td>verifyCode, right code</td><td>6</td>
 *       <td>request, admin, target, organization, request completed, phone replaced</td></tr>
 *   <tr><td>cancel</td><td>2</td><td>request, update (the target is read for the audit record and the events
 *       only when one of them is wired)</td></tr>
 *   <tr><td>purgeExpired</td><td>1</td><td>one bounded delete per batch</td></tr>
 * </table>
 *
 * <p>With {@code rateLimitCounters(store.rateLimitCounters())} and {@code auditTrail(store.auditTrail())} wired
 * (default {@link io.github.mfaoverride.limits.RateLimitPolicy} and lockouts), a send adds the lockout check
 * (four counter reads: the target's and the admin's lockout and failures), one acquisition for each of the six
 * send limits (number, number per day, target, admin, country, global) and the audit row. On PostgreSQL an
 * acquisition is one upsert; on H2 it is one guarded update for a known key and an update and an insert for a new
 * one. A denied acquisition adds one read (on H2 also the insert that found the key taken), and the limits taken
 * before it are released with one update each.
 * <table>
 *   <caption>Statements per send with the safeguards wired</caption>
 *   <tr><th>Use case</th><th>PostgreSQL</th><th>H2</th><th>Which</th></tr>
 *   <tr><td>sendCode, every counter key new</td><td>17</td><td>23</td>
 *       <td>the 6 of sendCode, 4 lockout reads, 6 acquisitions (12 on H2), audit row</td></tr>
 *   <tr><td>resendCode, every counter key known</td><td>17</td><td>17</td>
 *       <td>request, admin, target, organization, send reserved, code sent, 4 lockout reads, 6 acquisitions,
 *       audit row</td></tr>
 * </table>
 *
 * <p>Errors: a unique violation (another open request for the target, an id taken) is a
 * {@link io.github.mfaoverride.error.ConcurrentUpdateException}; a failure that may pass (SQLState class 08,
 * 40001, 40P01, transient and recoverable exceptions) a {@link io.github.mfaoverride.error.TransientFailureException};
 * anything else an {@link io.github.mfaoverride.error.MfaOverrideException}. Every multi-statement write runs in one
 * transaction, so none leaves anything half-written.
 */
package io.github.mfaoverride.adapters.jdbc;
