package org.improvementtracker.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The API's description in the OpenAPI document, and the shared Problem schema. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Improvement Tracker API",
            version = "1.0",
            description =
                "The system of record for a children's services improvement plan: priorities,"
                    + " actions, evidence of progress, RAG status and inspection findings. Errors"
                    + " are RFC 9457 application/problem+json. Programs authenticate with a"
                    + " personal API token (Authorization: Bearer itk_…) whose scopes allow the"
                    + " operation: each operation names the token scope it needs.",
            contact = @Contact(name = "The council's Improvement Tracker administrators")),
    servers =
        @Server(url = "/", description = "This server: the API and the web app share one origin"),
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)),
    security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "session")})
@SecurityScheme(
    securitySchemeName = "token",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal API token from POST /api/v1/tokens")
@SecurityScheme(
    securitySchemeName = "session",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "tracker_session",
    description =
        "The web app's session cookie from POST /api/v1/session; writes also need the"
            + " X-CSRF-Token header")
public class ApiDefinition extends Application {}
