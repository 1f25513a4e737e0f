package org.improvementtracker.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's description in the OpenAPI document, and the shared Problem schema. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Improvement Tracker API",
            version = "1.0",
            description =
                "The system of record for a children's services improvement plan: priorities,"
                    + " actions, evidence of progress, RAG status and inspection findings. Errors"
                    + " are RFC 9457 application/problem+json."),
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class ApiDefinition extends Application {}
