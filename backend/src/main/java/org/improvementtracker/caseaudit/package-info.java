/**
 * Case audits (the plan's priority 5) and their recommendations, tracked to completion. Above
 * {@code workforce} (an audit is of a team's case) and {@code indicator}: it computes indicators
 * 55-58 through {@code indicator.DerivedFigures}. Not to be confused with {@code audit}, the audit
 * trail of every change.
 */
package org.improvementtracker.caseaudit;
