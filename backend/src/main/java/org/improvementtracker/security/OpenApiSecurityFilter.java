package org.improvementtracker.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.improvementtracker.common.Permission;

/**
 * Describes how each operation is authorised the way callers meet it: a bearer API token (with the
 * token scope that allows it, e.g. {@code actions:write}) or the web app's session cookie. The
 * generated document names our internal permissions as if they were OAuth scopes of the cookie
 * scheme, and adds an OpenID Connect scheme for the optional single sign-on, which is for browsers
 * signing in, not for API calls. It also gives every operation an {@code operationId} (for
 * generated clients) and a description that says which scope it needs.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class OpenApiSecurityFilter implements OASFilter {

  /** Names the extension listing the token scopes that allow an operation. */
  public static final String SCOPES_EXTENSION = "x-token-scopes";

  private static final java.util.regex.Pattern DESCRIBED =
      java.util.regex.Pattern.compile(
          "Token scope: |No credentials needed\\.|Any signed-in user or valid API token\\.");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
      new ArrayList<>(openAPI.getComponents().getSecuritySchemes().entrySet())
          .stream()
              .filter(e -> e.getValue().getType() == SecurityScheme.Type.OPENIDCONNECT)
              .forEach(e -> openAPI.getComponents().removeSecurityScheme(e.getKey()));
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, op) -> describe(path, method, op));
              }
            });
  }

  private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getOperationId() == null) {
      operation.setOperationId(operationId(path, method));
    }
    String summary = operation.getSummary() == null ? "" : operation.getSummary();
    String base = operation.getDescription() != null ? operation.getDescription() : summary + ".";
    if (DESCRIBED.matcher(base).find()) {
      return; // already described: the filter runs at build and again at start-up
    }
    List<SecurityRequirement> requirements = operation.getSecurity();
    if (requirements == null || requirements.isEmpty()) {
      // @PermitAll: signing in and its options need no credentials.
      operation.setSecurity(new ArrayList<>());
      operation.setDescription(base + " No credentials needed.");
      return;
    }
    Set<String> permissions = new LinkedHashSet<>();
    requirements.forEach(
        r -> r.getSchemes().values().forEach(scopes -> permissions.addAll(scopes)));
    List<String> scopes = tokenScopes(permissions);
    List<SecurityRequirement> security = new ArrayList<>();
    security.add(OASFactory.createSecurityRequirement().addScheme("token"));
    security.add(OASFactory.createSecurityRequirement().addScheme("session"));
    operation.setSecurity(security);
    operation.addExtension(SCOPES_EXTENSION, scopes);
    operation.setDescription(
        base
            + (scopes.isEmpty()
                ? " Any signed-in user or valid API token."
                : " Token scope: "
                    + String.join(" or ", scopes.stream().map(s -> "`" + s + "`").toList())
                    + " (or a session whose role allows it)."));
  }

  /**
   * The narrowest token scopes that grant any of the permissions: {@code read} for reading, not
   * every scope (each of which also reads).
   */
  static List<String> tokenScopes(Set<String> permissionNames) {
    Set<String> found = new LinkedHashSet<>();
    for (String name : permissionNames) {
      Arrays.stream(Permission.values())
          .filter(p -> p.value().equals(name))
          .findFirst()
          .ifPresent(
              permission -> {
                List<Scope> granting =
                    Arrays.stream(Scope.values())
                        .filter(s -> s.permissions().contains(permission))
                        .sorted(Comparator.comparingInt(s -> s.permissions().size()))
                        .toList();
                if (!granting.isEmpty()) {
                  int narrowest = granting.get(0).permissions().size();
                  granting.stream()
                      .filter(s -> s.permissions().size() == narrowest)
                      .forEach(s -> found.add(s.value()));
                }
              });
    }
    return List.copyOf(found);
  }

  /**
   * A stable name from the method and path: GET /api/v1/actions/{id}/rag-history is
   * getActionsRagHistory, GET /api/v1/actions/{id} is getActionsById.
   */
  static String operationId(String path, PathItem.HttpMethod method) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    String[] segments = path.replaceFirst("^/api/v\\d+/", "").split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("{")) {
        if (i == segments.length - 1) {
          id.append("By").append(camel(segment.substring(1, segment.length() - 1)));
        }
        continue;
      }
      id.append(camel(segment));
    }
    return id.toString();
  }

  private static String camel(String segment) {
    StringBuilder out = new StringBuilder();
    for (String word : segment.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }
}
