package org.improvementtracker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Renders the kustomization in {@code docker/k8s} (its resources, common labels and image names)
 * and checks every object: Kubernetes' own kinds by binding them to the API's Java types (fabric8's
 * models, generated from the Kubernetes OpenAPI), refusing any field those types do not have, any
 * value of the wrong type and any malformed quantity; CloudNativePG's Cluster against its schema.
 */
final class KubernetesManifests {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
  private static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "apps/v1 Deployment", Deployment.class,
          "v1 Service", Service.class,
          "v1 Secret", Secret.class,
          "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);
  private static final String CLUSTER = "postgresql.cnpg.io/v1 Cluster";

  /** The objects as {@code kubectl apply -k} would send them, and what is wrong with them. */
  record Rendered(List<JsonNode> objects, List<String> problems) {
    <T> T one(Class<T> type) {
      return objects.stream()
          .filter(o -> type.getSimpleName().equals(o.path("kind").asText()))
          .findFirst()
          .map(o -> bind(o, type))
          .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " rendered"));
    }
  }

  private KubernetesManifests() {}

  static Rendered render(Path directory) {
    List<String> problems = new ArrayList<>();
    JsonNode kustomization = read(directory.resolve("kustomization.yaml")).get(0);
    List<JsonNode> objects = new ArrayList<>();
    for (JsonNode resource : kustomization.path("resources")) {
      Path file = directory.resolve(resource.asText());
      if (!Files.isRegularFile(file)) {
        problems.add("kustomization.yaml: no file " + resource.asText());
        continue;
      }
      for (JsonNode object : read(file)) {
        applyLabels(kustomization, object);
        applyImages(kustomization, object);
        objects.add(object);
      }
    }
    for (JsonNode object : objects) {
      problems.addAll(check(object));
    }
    return new Rendered(objects, problems);
  }

  /** What is wrong with one object, each problem naming its kind, name and field. */
  static List<String> check(JsonNode object) {
    String type = object.path("apiVersion").asText() + " " + object.path("kind").asText();
    String where = type + " " + object.path("metadata").path("name").asText();
    List<String> problems = new ArrayList<>();
    if (type.equals(CLUSTER)) {
      for (ValidationMessage message : clusterSchema().validate(object)) {
        problems.add(where + ": " + message.getMessage());
      }
      return problems;
    }
    Class<? extends HasMetadata> model = KINDS.get(type);
    if (model == null) {
      return List.of(where + ": a kind these manifests are not meant to hold");
    }
    Object bound;
    try {
      bound = YAML.treeToValue(object, model);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      String field =
          e.getPath().stream()
              .map(
                  r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(java.util.stream.Collectors.joining());
      return List.of(
          where + ": " + field + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      return List.of(where + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
    unknownFields(bound, "", where, problems);
    return problems;
  }

  /**
   * fabric8's types keep a field they do not know in additionalProperties: that is a misspelling.
   */
  private static void unknownFields(Object value, String path, String where, List<String> out) {
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> unknownFields(v, path + "." + k, where, out));
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        unknownFields(item, path + "[" + i++ + "]", where, out);
      }
      return;
    }
    if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
      return;
    }
    if (value instanceof Quantity quantity) {
      try {
        Quantity.getAmountInBytes(quantity);
      } catch (IllegalArgumentException | ArithmeticException e) {
        out.add(where + ": " + path + ": not a quantity: " + quantity);
      }
    }
    for (Method getter : value.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || Modifier.isStatic(getter.getModifiers())
          || !getter.getName().startsWith("get")
          || getter.getName().equals("getClass")) {
        continue;
      }
      Object child;
      try {
        child = getter.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        continue;
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          out.add(
              where
                  + ": "
                  + (path.isEmpty() ? "" : path + ": ")
                  + "unknown field(s) "
                  + extra.keySet());
        }
      } else {
        String name = getter.getName().substring(3);
        unknownFields(
            child,
            path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1),
            where,
            out);
      }
    }
  }

  private static void applyLabels(JsonNode kustomization, JsonNode object) {
    for (JsonNode label : kustomization.path("labels")) {
      ObjectNode metadata = (ObjectNode) object.path("metadata");
      ObjectNode labels =
          metadata.has("labels")
              ? (ObjectNode) metadata.get("labels")
              : metadata.putObject("labels");
      label.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
    }
  }

  private static void applyImages(JsonNode kustomization, JsonNode object) {
    for (JsonNode container :
        object.path("spec").path("template").path("spec").path("containers")) {
      for (JsonNode image : kustomization.path("images")) {
        if (container.path("image").asText().equals(image.path("name").asText())) {
          ((ObjectNode) container)
              .put(
                  "image",
                  image.path("newName").asText(image.path("name").asText())
                      + ":"
                      + image.path("newTag").asText("latest"));
        }
      }
    }
  }

  static <T> T bind(JsonNode object, Class<T> type) {
    try {
      return YAML.treeToValue(object, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> parse(String yaml) {
    try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
      return documents.readAll().stream().filter(d -> d != null && !d.isMissingNode()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema clusterSchema() {
    try (InputStream in =
        KubernetesManifests.class.getResourceAsStream("/k8s/cnpg-cluster-v1.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
          .getSchema(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
