/**
 * Governance: the boards that hold the plan to account (chair, cadence, member organisations, the
 * priorities reporting to them), their meetings with minutes, decisions and actions arising, and
 * the judgement editors add for a meeting's highlight report: commentary per priority and risks.
 */
package org.improvementtracker.board;
