package org.improvementtracker.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the JSON field (or query parameter) and why it was refused. */
public record FieldError(
    @Schema(required = true, description = "The JSON path of the field, or the parameter's name")
        String field,
    @Schema(required = true) String message) {}
