/**
 * Indicators of success: definitions, monthly figures with revisions, benchmarks, the target and
 * direction rules, and the scorecard. Indicators derived from records (case audits, workforce
 * snapshots) are computed through {@link org.improvementtracker.indicator.DerivedFigures}, which
 * the higher features implement; this package knows nothing of them.
 */
package org.improvementtracker.indicator;
