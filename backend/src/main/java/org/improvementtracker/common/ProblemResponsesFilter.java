package org.improvementtracker.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Documents the problem+json error responses of every operation in one place, so that the document
 * cannot forget them when an endpoint is added.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    RequiredProperties.apply(openAPI);
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/api/")) {
                return;
              }
              item.getOperations()
                  .forEach((method, operation) -> document(path, method, operation));
            });
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    Map<String, String> statuses = new LinkedHashMap<>();
    statuses.put("400", "Invalid input: see errors[] for each field and why");
    if (path.equals("/api/v1/session") && method == PathItem.HttpMethod.POST) {
      statuses.put("401", "Username or password is incorrect");
      statuses.put("429", "Locked after repeated failures; see Retry-After");
    } else {
      statuses.put("401", "No credentials, or an invalid, expired or revoked one");
      statuses.put("403", "Your role, token scopes or organisation do not allow this");
    }
    if (method == PathItem.HttpMethod.GET) {
      statuses.put("404", "No such resource");
    } else {
      statuses.put("404", "No such resource");
      statuses.put("409", "Refused by a rule of the plan");
      statuses.put("415", "Send application/json");
    }
    if (hasParameter(operation, "If-Match") && method != PathItem.HttpMethod.DELETE) {
      statuses.put("412", "If-Match does not name the current version");
      statuses.put("428", "If-Match header missing");
    }
    if (hasParameter(operation, "acknowledgeWarnings")) {
      statuses.put(
          "422", "Looks like a slip: confirm with acknowledgeWarnings=true if it is right");
    }
    statuses.forEach(
        (status, description) -> {
          if (operation.getResponses().getAPIResponse(status) == null) {
            operation
                .getResponses()
                .addAPIResponse(
                    status,
                    OASFactory.createAPIResponse()
                        .description(description)
                        .content(
                            OASFactory.createContent()
                                .addMediaType(
                                    ProblemMappers.PROBLEM_JSON,
                                    OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
          }
        });
  }

  private static boolean hasParameter(Operation operation, String name) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
  }
}
