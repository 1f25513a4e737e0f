package org.improvementtracker.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every property of a response body as required: the server always writes every field of its
 * response records, null included, so a client may rely on each key being there. A field that can
 * be null says so with {@code @Schema(nullable = true)}. Schemas that are also sent in request
 * bodies keep the required list their validation gives them.
 */
final class RequiredProperties {
  private static final String PREFIX = "#/components/schemas/";

  /**
   * Lists whose items may be null (schema → property): a month with no figure in a scorecard row.
   */
  private static final Map<String, String> NULLABLE_ITEMS = Map.of("Row", "values");

  private RequiredProperties() {}

  static void apply(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Set<String> inRequests = new HashSet<>();
    Set<String> inResponses = new HashSet<>();
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations().values().stream()
                    .forEach(
                        operation -> {
                          if (operation.getRequestBody() != null) {
                            reach(operation.getRequestBody().getContent(), schemas, inRequests);
                          }
                          responses(operation)
                              .forEach(content -> reach(content, schemas, inResponses));
                        }));
    schemas.values().forEach(RequiredProperties::nullableReferences);
    NULLABLE_ITEMS.forEach(
        (schema, property) -> {
          Schema list = schemas.get(schema).getProperties().get(property);
          list.setItems(
              OASFactory.createSchema()
                  .addAnyOf(list.getItems())
                  .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        });
    inResponses.removeAll(inRequests);
    // A problem leaves out what it has nothing to say about (RFC 9457): its fields stay optional.
    inResponses.remove("Problem");
    for (String name : inResponses) {
      Schema schema = schemas.get(name);
      if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
        schema.setRequired(List.copyOf(schema.getProperties().keySet()));
      }
    }
  }

  /**
   * A nullable reference is written as anyOf [the reference, null]; the "type" written beside it
   * would make generators forget the referenced enum or object, so it goes.
   */
  private static void nullableReferences(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    for (Schema property : schema.getProperties().values()) {
      if (property.getAnyOf() != null
          && property.getAnyOf().stream().anyMatch(s -> s.getRef() != null)) {
        property.setType(null);
      }
    }
  }

  private static List<Content> responses(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return List.of();
    }
    return operation.getResponses().getAPIResponses().values().stream()
        .map(r -> r.getContent())
        .filter(c -> c != null)
        .toList();
  }

  /** Adds every component schema reachable from the content, through refs, to {@code found}. */
  private static void reach(Content content, Map<String, Schema> schemas, Set<String> found) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    Deque<Schema> todo = new ArrayDeque<>();
    content.getMediaTypes().values().forEach(m -> push(todo, m.getSchema()));
    while (!todo.isEmpty()) {
      Schema schema = todo.pop();
      String ref = schema.getRef();
      if (ref != null && ref.startsWith(PREFIX)) {
        String name = ref.substring(PREFIX.length());
        if (found.add(name)) {
          push(todo, schemas.get(name));
        }
      }
      push(todo, schema.getItems());
      if (schema.getAdditionalPropertiesSchema() != null) {
        push(todo, schema.getAdditionalPropertiesSchema());
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(p -> push(todo, p));
      }
      for (List<Schema> group :
          new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
        if (group != null) {
          group.forEach(s -> push(todo, s));
        }
      }
    }
  }

  private static void push(Deque<Schema> todo, Schema schema) {
    if (schema != null) {
      todo.push(schema);
    }
  }
}
