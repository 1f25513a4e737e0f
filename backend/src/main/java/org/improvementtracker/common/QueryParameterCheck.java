package org.improvementtracker.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the operation does not take, on every endpoint: a misspelt or
 * unsupported filter ("organisation=2") must not quietly return everything. The parameters an
 * operation takes are the {@code @QueryParam}s its resource method declares, read once per method.
 */
public class QueryParameterCheck {
  private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public void refuseUnknownParameters(ContainerRequestContext request, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null || method.isAnnotationPresent(ForeignQueryParameters.class)) {
      return;
    }
    Set<String> declared = DECLARED.computeIfAbsent(method, QueryParameterCheck::declared);
    List<FieldError> errors = new ArrayList<>();
    for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
      if (!declared.contains(name)) {
        errors.add(
            new FieldError(
                name,
                declared.isEmpty()
                    ? "is not a parameter of this operation, which takes none"
                    : "is not a parameter of this operation; it takes "
                        + String.join(", ", declared)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static Set<String> declared(Method method) {
    Set<String> names = new TreeSet<>();
    Arrays.stream(method.getParameters())
        .map((Parameter p) -> p.getAnnotation(QueryParam.class))
        .filter(java.util.Objects::nonNull)
        .forEach(q -> names.add(q.value()));
    return names;
  }
}
