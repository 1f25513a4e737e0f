/**
 * The monthly highlight report for a board meeting: assembled from what changed in the plan's
 * records since the board's previous meeting, with the editors' judgement added; published as an
 * immutable snapshot (its JSON and SHA-256 stored, never changed); and rendered as a PDF board pack
 * on the server.
 */
package org.improvementtracker.report;
