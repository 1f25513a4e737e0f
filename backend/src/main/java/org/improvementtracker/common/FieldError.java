package org.improvementtracker.common;

/** One invalid input: the JSON field (or query parameter) and why it was refused. */
public record FieldError(String field, String message) {}
