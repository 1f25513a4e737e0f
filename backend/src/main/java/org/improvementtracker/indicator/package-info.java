/**
 * Indicators of success: definitions, monthly figures with revisions, benchmarks, the target and
 * direction rules, and the scorecard.
 */
package org.improvementtracker.indicator;
