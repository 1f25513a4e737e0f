/**
 * Reminders: each person's "My work" (their actions due soon or overdue, actions with no recent
 * evidence, overdue recommendations, actions arising, reports due for boards they are secretary
 * of), and the weekly digest e-mail of the same, sent once however many servers run.
 */
package org.improvementtracker.reminder;
