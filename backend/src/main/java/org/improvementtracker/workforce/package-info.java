/**
 * Workforce and caseloads (the plan's priority 6): teams, month-end snapshots of each worker's
 * caseload and supervisions, and of each team's establishment, vacancies and leavers. It sits above
 * {@code indicator} and computes indicators 59-67 through {@code indicator.DerivedFigures}; the
 * indicator feature knows nothing of it.
 */
package org.improvementtracker.workforce;
