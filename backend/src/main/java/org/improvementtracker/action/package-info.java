/**
 * The plan's action rows: evidence of progress, RAG rules, proposals and history. The top feature:
 * it answers what the plan, findings and indicators need to know about actions.
 */
package org.improvementtracker.action;
