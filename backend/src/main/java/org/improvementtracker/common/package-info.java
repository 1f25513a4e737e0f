/**
 * Shared pieces that know no feature: domain exceptions and their problem+json mapping, typed
 * parameters, paging and filters, ETags, permissions, the month type and the embedded database.
 */
package org.improvementtracker.common;
