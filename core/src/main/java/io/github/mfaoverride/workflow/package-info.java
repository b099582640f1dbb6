/**
 * The phone-change request aggregate and its state machine: {@link io.github.mfaoverride.workflow.RequestState},
 * the one table of legal moves in {@link io.github.mfaoverride.workflow.StateTransitions}, and
 * {@link io.github.mfaoverride.workflow.PhoneChangeRequest} whose transition methods enforce it.
 */
package io.github.mfaoverride.workflow;
