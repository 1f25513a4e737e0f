/**
 * Bulk updates for the performance team's monthly scripts: one pipeline for every kind of upload
 * (parse a CSV, JSON or Excel file as a stream, validate every row, then write all rows in one
 * transaction with set-based statements, or nothing), dry runs, idempotency keys, and batches that
 * can be listed and reverted. It sits at the top of the layers, beside demo: it writes the figures
 * and records of the features below it through their rules.
 */
package org.improvementtracker.bulk;
