/**
 * Inspection findings and their coverage by actions, asked of {@link
 * org.improvementtracker.finding.AnsweringActions}.
 */
package org.improvementtracker.finding;
