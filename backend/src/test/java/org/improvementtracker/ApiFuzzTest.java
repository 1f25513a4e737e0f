package org.improvementtracker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless requests generated from the served OpenAPI document: every operation, as
 * every role and as nobody, with random text (any Unicode, control characters, huge), absurd
 * numbers, bad months and dates, wrong content types and bad ETags. The property: the server never
 * answers 5xx, and every 4xx is a problem+json document. {@code make test} sends a few hundred;
 * {@code make fuzz} sends 10,000 ({@code -Dfuzz.requests}) and prints the figures.
 */
@QuarkusTest
class ApiFuzzTest {
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 200);
  private static final List<String> ROLES =
      List.of("admin", "editor", "performance", "partner", "viewer", "");

  /**
   * Calls that would end the shared test accounts' credentials (disabling a user revokes its
   * tokens, which the other tests of this boot use) are fuzzed only by roles that may not make
   * them.
   */
  private static final Set<String> ACCOUNT_CHANGES =
      Set.of("PATCH /api/v1/users/{id}", "DELETE /api/v1/tokens/{id}", "DELETE /api/v1/session");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  record Operation(String method, String path, List<JsonNode> parameters, List<String> fields) {
    String name() {
      return method + " " + path;
    }
  }

  record Case(
      Operation operation,
      String role,
      Map<String, String> pathValues,
      Map<String, String> query,
      String ifMatch,
      String contentType,
      String body) {}

  @Test
  void shouldNeverFailOrAnswerAnErrorThatIsNotAProblem() throws Exception {
    List<Operation> operations = operations();
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    long started = System.nanoTime();
    int sent = 0;
    Iterator<Case> cases = cases(operations).sampleStream().limit(REQUESTS).iterator();
    while (cases.hasNext()) {
      Case c = cases.next();
      HttpResponse<String> response = send(c);
      sent++;
      int status = response.statusCode();
      statuses.merge(Integer.toString(status), 1, Integer::sum);
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
        if (violations.size() < 20) {
          violations.add(
              status
                  + " "
                  + type
                  + " for "
                  + c.operation().name()
                  + " as '"
                  + c.role()
                  + "' path="
                  + c.pathValues()
                  + " query="
                  + c.query()
                  + " content-type="
                  + c.contentType()
                  + " body="
                  + abbreviate(c.body())
                  + " -> "
                  + abbreviate(response.body()));
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "Fuzzing: %d requests over %d operations in %.1f s (%.0f/s); statuses %s; %d violations%n",
        sent, operations.size(), seconds, sent / seconds, statuses, violations.size());
    assertTrue(violations.isEmpty(), String.join("\n", violations));
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "(none)";
    }
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static List<Operation> operations() throws Exception {
    JsonNode document =
        JSON.readTree(
            RestAssured.given().get("/q/openapi?format=json").then().extract().asString());
    List<Operation> operations = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        entry -> {
                          JsonNode operation = entry.getValue();
                          List<JsonNode> parameters = new ArrayList<>();
                          operation.path("parameters").forEach(parameters::add);
                          operations.add(
                              new Operation(
                                  entry.getKey().toUpperCase(),
                                  path.getKey(),
                                  parameters,
                                  bodyFields(document, operation)));
                        }));
    return operations;
  }

  /** The property names of the operation's JSON body, from its schema. */
  private static List<String> bodyFields(JsonNode document, JsonNode operation) {
    JsonNode schema = operation.path("requestBody").path("content").path("application/json");
    schema = schema.path("schema");
    if (schema.has("items")) {
      schema = schema.get("items");
    }
    String ref = schema.path("$ref").asText("");
    if (!ref.isEmpty()) {
      schema = document.at(ref.substring(1));
    }
    List<String> fields = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  // ---- generators ------------------------------------------------------------------------

  private static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(4)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.strings().alpha().ofMinLength(3000).ofMaxLength(9000)),
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.of(
                "",
                " ",
                "0",
                "-1",
                "1.5",
                "99999999999999999999999",
                "-9223372036854775809",
                "1e309",
                "NaN",
                "2023-03",
                "2023-13",
                "2023-00",
                "0000-01",
                "99999-01",
                "2099-12",
                "2023-02-30",
                "2023-03-31T25:00:00Z",
                "RED",
                "red",
                "AMBER_E",
                "true",
                "null",
                "' or 1=1 --",
                "<script>alert(1)</script>",
                "../../etc/passwd",
                "%00",
                "\uD800",
                "\uFEFF",
                "\u202Eevil",
                "𝔘𝔫𝔦𝔠𝔬𝔡𝔢")),
        net.jqwik.api.Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-2, 200).map(String::valueOf)));
  }

  private static Arbitrary<JsonNode> value() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, text().map(nodes::textNode)),
        net.jqwik.api.Tuple.of(2, Arbitraries.longs().map(nodes::numberNode)),
        net.jqwik.api.Tuple.of(
            2,
            Arbitraries.bigDecimals()
                .ofScale(3)
                .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                .map(nodes::numberNode)),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-0.0")).map(nodes::numberNode)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(nodes::booleanNode)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(nodes.nullNode())),
        net.jqwik.api.Tuple.of(
            1,
            text()
                .list()
                .ofMaxSize(3)
                .map(
                    l -> {
                      var array = nodes.arrayNode();
                      l.forEach(array::add);
                      return (JsonNode) array;
                    })),
        net.jqwik.api.Tuple.of(
            1, text().map(t -> (JsonNode) nodes.objectNode().put("kind", t).put("value", t))));
  }

  private static Arbitrary<String> body(Operation operation) {
    Arbitrary<String> shaped =
        Arbitraries.subsetOf(operation.fields().isEmpty() ? List.of("x") : operation.fields())
            .flatMap(
                names -> {
                  List<String> keys = new ArrayList<>(names);
                  return value()
                      .list()
                      .ofSize(keys.size())
                      .map(
                          values -> {
                            ObjectNode object = JsonNodeFactory.instance.objectNode();
                            for (int i = 0; i < keys.size(); i++) {
                              object.set(keys.get(i), values.get(i));
                            }
                            return object.toString();
                          });
                });
    Arbitrary<String> garbage =
        Arbitraries.oneOf(
            Arbitraries.of("{", "[1, 2]", "\"text\"", "42", "null", "{\"a\":", "{}", "[]", ""),
            Arbitraries.strings().all().ofMaxLength(30));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, shaped),
        net.jqwik.api.Tuple.of(2, garbage),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
  }

  private static Arbitrary<Map<String, String>> parameters(Operation operation, String in) {
    List<String> names =
        operation.parameters().stream()
            .filter(p -> in.equals(p.path("in").asText()))
            .map(p -> p.path("name").asText())
            .toList();
    Arbitrary<String> pathOrQueryValue =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(-5, 120).map(String::valueOf)),
            net.jqwik.api.Tuple.of(4, text()));
    return pathOrQueryValue
        .list()
        .ofSize(names.size())
        .map(
            values -> {
              Map<String, String> map = new TreeMap<>();
              for (int i = 0; i < names.size(); i++) {
                map.put(names.get(i), values.get(i));
              }
              return map;
            });
  }

  private static Arbitrary<Case> cases(List<Operation> operations) {
    return Arbitraries.of(operations)
        .flatMap(
            operation ->
                Combinators.combine(
                        roles(operation),
                        parameters(operation, "path"),
                        parameters(operation, "query"),
                        Arbitraries.of(null, "\"0\"", "\"999\"", "*", "W/\"1\"", "garbage", ""),
                        Arbitraries.frequency(
                            net.jqwik.api.Tuple.of(8, "application/json"),
                            net.jqwik.api.Tuple.of(1, "text/plain"),
                            net.jqwik.api.Tuple.of(1, "application/xml"),
                            net.jqwik.api.Tuple.of(1, "application/json; charset=ISO-8859-1")),
                        body(operation))
                    .as(
                        (role, path, query, ifMatch, contentType, body) ->
                            new Case(operation, role, path, query, ifMatch, contentType, body)));
  }

  private static Arbitrary<String> roles(Operation operation) {
    if (ACCOUNT_CHANGES.contains(operation.name())) {
      return Arbitraries.of("viewer", "partner", "");
    }
    return Arbitraries.of(ROLES);
  }

  // ---- sending -------------------------------------------------------------------------------

  private static HttpResponse<String> send(Case c) throws Exception {
    String path = c.operation().path();
    for (Map.Entry<String, String> value : c.pathValues().entrySet()) {
      path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
    }
    StringBuilder query = new StringBuilder();
    c.query()
        .forEach(
            (name, value) ->
                query
                    .append(query.length() == 0 ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(encode(value)));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path + query))
            .timeout(Duration.ofSeconds(30))
            .header("X-Forwarded-For", "10.200." + (c.hashCode() & 0x7f) + ".1");
    if (!c.role().isEmpty()) {
      request.header("Authorization", "Bearer " + Api.token(c.role()));
    }
    if (c.ifMatch() != null) {
      request.header("If-Match", c.ifMatch());
    }
    boolean hasBody = Set.of("POST", "PUT", "PATCH").contains(c.operation().method());
    if (hasBody && c.body() != null) {
      request.header("Content-Type", c.contentType());
      request.method(c.operation().method(), HttpRequest.BodyPublishers.ofString(c.body()));
    } else {
      request.method(c.operation().method(), HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Percent-encodes every byte that is not unreserved, so that any text reaches the server. */
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
