/**
 * The append-only audit trail, below every feature: services record each change in its own
 * transaction; who is acting comes from {@link org.improvementtracker.audit.AuditContext}.
 */
package org.improvementtracker.audit;
