/**
 * Plans, their priorities and the RAG key. Counts of actions come from {@link
 * org.improvementtracker.plan.ActionCounts}, which the action feature implements.
 */
package org.improvementtracker.plan;
