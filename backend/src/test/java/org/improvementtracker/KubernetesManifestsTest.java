package org.improvementtracker;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in {@code docker/k8s}, rendered as {@code kubectl apply -k} would and
 * checked against the Kubernetes API's types and CloudNativePG's schema, not by eye.
 */
class KubernetesManifestsTest {
  private static final Path DIRECTORY = Path.of("..", "docker", "k8s");

  @Test
  void shouldRenderValidObjectsForEveryFileInTheDirectory() throws IOException {
    KubernetesManifests.Rendered rendered = KubernetesManifests.render(DIRECTORY);
    assertThat(rendered.problems(), empty());
    List<String> kinds = rendered.objects().stream().map(o -> o.path("kind").asText()).toList();
    assertThat(kinds, hasItem("Deployment"));
    assertThat(kinds, hasItem("Service"));
    assertThat(kinds, hasItem("PodDisruptionBudget"));
    assertThat(kinds, hasItem("Cluster"));
    List<String> resources = new ArrayList<>();
    KubernetesManifests.read(DIRECTORY.resolve("kustomization.yaml"))
        .get(0)
        .path("resources")
        .forEach(r -> resources.add(r.asText()));
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      List<String> yamlFiles =
          files
              .map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
              .sorted()
              .toList();
      assertEquals(yamlFiles, resources.stream().sorted().toList(), "every file is rendered");
    }
  }

  @Test
  void shouldRunTwoServersThatTheProbesAndTheBudgetKeepServing() {
    KubernetesManifests.Rendered rendered = KubernetesManifests.render(DIRECTORY);
    Deployment deployment = rendered.one(Deployment.class);
    Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    assertEquals(2, deployment.getSpec().getReplicas());
    assertTrue(labelsMatch(deployment.getSpec().getSelector().getMatchLabels(), podLabels));

    Container server = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertEquals("/q/health/live", server.getLivenessProbe().getHttpGet().getPath());
    assertEquals("/q/health/ready", server.getReadinessProbe().getHttpGet().getPath());
    assertThat(server.getImage(), containsString("improvement-tracker:"));

    PodDisruptionBudget budget = rendered.one(PodDisruptionBudget.class);
    assertEquals(1, budget.getSpec().getMinAvailable().getIntVal());
    assertTrue(labelsMatch(budget.getSpec().getSelector().getMatchLabels(), podLabels));
    Service service = rendered.one(Service.class);
    assertTrue(labelsMatch(service.getSpec().getSelector(), podLabels));
    assertEquals(
        "http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal(), "named port");
  }

  @Test
  void shouldGiveEachServerMemoryAboveItsHeapAndTheDatabaseConnectionsForItsPool() {
    KubernetesManifests.Rendered rendered = KubernetesManifests.render(DIRECTORY);
    Deployment deployment = rendered.one(Deployment.class);
    Container server = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    Map<String, EnvVar> env =
        server.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));

    String heap = env.get("JAVA_OPTS").getValue().replaceAll(".*-Xmx(\\d+)m.*", "$1");
    BigDecimal heapBytes = BigDecimal.valueOf(Long.parseLong(heap) * 1024 * 1024);
    BigDecimal limit = Quantity.getAmountInBytes(server.getResources().getLimits().get("memory"));
    BigDecimal request =
        Quantity.getAmountInBytes(server.getResources().getRequests().get("memory"));
    BigDecimal jvmAboveHeap = BigDecimal.valueOf(256L * 1024 * 1024);
    assertTrue(request.compareTo(heapBytes.add(jvmAboveHeap)) >= 0, "request fits the JVM");
    assertTrue(limit.compareTo(request) >= 0, "limit at least the request");

    // Every server's pool, plus one more server during a rolling update, fits the database.
    int pool = Integer.parseInt(env.get("DB_POOL_MAX").getValue());
    int servers = deployment.getSpec().getReplicas() + 1;
    JsonNode cluster =
        rendered.objects().stream()
            .filter(o -> o.path("kind").asText().equals("Cluster"))
            .findFirst()
            .orElseThrow();
    int maxConnections =
        Integer.parseInt(
            cluster
                .path("spec")
                .path("postgresql")
                .path("parameters")
                .path("max_connections")
                .asText());
    assertTrue(pool * servers < maxConnections, "pools fit max_connections");

    for (String secretVariable :
        List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "ADMIN_PASSWORD")) {
      assertTrue(
          env.get(secretVariable).getValueFrom().getSecretKeyRef() != null,
          secretVariable + " comes from a Secret");
    }
    assertEquals(
        cluster.path("metadata").path("name").asText() + "-app",
        env.get("QUARKUS_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName(),
        "the database password is the one the operator generates");
  }

  @Test
  void shouldRefuseAMisspeltFieldAWrongTypeOrABadQuantity() throws IOException {
    String deployment = Files.readString(DIRECTORY.resolve("deployment.yaml"));
    assertThat(problems(deployment), empty());

    assertThat(
        problems(deployment.replace("readinessProbe:", "readynessProbe:")).toString(),
        containsString("unknown field(s) [readynessProbe]"));
    assertThat(
        problems(deployment.replace("replicas: 2", "replicas: two")).toString(),
        containsString("Deployment tracker: .spec.replicas: "));
    assertThat(
        problems(deployment.replace("memory: 1Gi", "memory: 1 gigabyte")).toString(),
        containsString("not a quantity"));

    String cluster = Files.readString(DIRECTORY.resolve("database.yaml"));
    assertThat(problems(cluster), empty());
    assertThat(
        problems(cluster.replace("instances: 2", "instances: \"2\"")).toString(),
        containsString("instances"));
    assertThat(
        problems(cluster.replace("size: 10Gi", "sise: 10Gi")).toString(), containsString("sise"));
  }

  private static List<String> problems(String yaml) {
    return KubernetesManifests.parse(yaml).stream()
        .flatMap(o -> KubernetesManifests.check(o).stream())
        .toList();
  }

  private static boolean labelsMatch(Map<String, String> selector, Map<String, String> labels) {
    return !selector.isEmpty()
        && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }
}
