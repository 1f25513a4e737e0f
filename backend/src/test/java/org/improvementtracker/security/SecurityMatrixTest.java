package org.improvementtracker.security;

import static io.restassured.RestAssured.given;
import static org.improvementtracker.Api.anonymous;
import static org.improvementtracker.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The authorisation specification: for every operation of the published API, which roles may call
 * it. The test walks every operation in the OpenAPI document with every role and with no
 * credentials, and fails when an operation is missing here, so a new endpoint cannot ship without
 * deciding who may call it.
 */
@QuarkusTest
class SecurityMatrixTest {
  private static final String PUBLIC = "public";
  private static final Set<String> EVERYONE =
      Set.of("admin", "editor", "performance", "partner", "viewer");
  private static final Set<String> EDITORS = Set.of("admin", "editor");
  private static final Set<String> CONTRIBUTORS = Set.of("admin", "editor", "partner");
  private static final Set<String> ADMINS = Set.of("admin");
  private static final Set<String> FIGURES = Set.of("admin", "editor", "performance");

  /** Bulk uploads and their batches (the bulk permission): no partner, editor or viewer. */
  private static final Set<String> BULK = Set.of("admin", "performance");

  /** Case audits (audits:write) and workforce snapshots (workforce:write). */
  private static final Set<String> RECORDS = FIGURES;

  static final Map<String, Set<String>> MATRIX =
      Map.ofEntries(
          Map.entry("POST /api/v1/session", Set.of(PUBLIC)),
          // Public: the identity provider authenticates it (404 here, where none is configured).
          Map.entry("GET /api/v1/session/sso", Set.of(PUBLIC)),
          Map.entry("GET /api/v1/session/options", Set.of(PUBLIC)),
          Map.entry("DELETE /api/v1/session", EVERYONE),
          Map.entry("GET /api/v1/me", EVERYONE),
          Map.entry("GET /api/v1/tokens", EVERYONE),
          Map.entry("POST /api/v1/tokens", EVERYONE),
          Map.entry("DELETE /api/v1/tokens/{id}", EVERYONE),
          Map.entry("GET /api/v1/users", ADMINS),
          Map.entry("POST /api/v1/users", ADMINS),
          Map.entry("PATCH /api/v1/users/{id}", ADMINS),
          Map.entry("GET /api/v1/organisations", EVERYONE),
          Map.entry("POST /api/v1/organisations", ADMINS),
          Map.entry("GET /api/v1/audit-log", ADMINS),
          Map.entry("GET /api/v1/recent-changes", EVERYONE),
          Map.entry("GET /api/v1/plans", EVERYONE),
          Map.entry("GET /api/v1/plans/{id}", EVERYONE),
          Map.entry("GET /api/v1/priorities", EVERYONE),
          Map.entry("GET /api/v1/priorities/{id}", EVERYONE),
          Map.entry("GET /api/v1/actions", EVERYONE),
          Map.entry("POST /api/v1/actions", EDITORS),
          Map.entry("GET /api/v1/actions/{id}", EVERYONE),
          Map.entry("PUT /api/v1/actions/{id}", EDITORS),
          Map.entry("PATCH /api/v1/actions/{id}", EDITORS),
          Map.entry("DELETE /api/v1/actions/{id}", EDITORS),
          Map.entry("GET /api/v1/actions/{id}/progress-updates", EVERYONE),
          Map.entry("POST /api/v1/actions/{id}/progress-updates", CONTRIBUTORS),
          Map.entry("POST /api/v1/actions/{id}/rag", EDITORS),
          Map.entry("GET /api/v1/actions/{id}/rag-history", EVERYONE),
          Map.entry("GET /api/v1/actions/{id}/history", EVERYONE),
          Map.entry("GET /api/v1/actions/{id}/rag-proposals", EVERYONE),
          Map.entry("POST /api/v1/actions/{id}/rag-proposals", CONTRIBUTORS),
          Map.entry("GET /api/v1/rag-proposals", EVERYONE),
          Map.entry("POST /api/v1/rag-proposals/{id}/accept", EDITORS),
          Map.entry("POST /api/v1/rag-proposals/{id}/reject", EDITORS),
          Map.entry("GET /api/v1/findings", EVERYONE),
          Map.entry("GET /api/v1/findings/{id}", EVERYONE),
          Map.entry("POST /api/v1/findings", EDITORS),
          Map.entry("PUT /api/v1/findings/{id}", EDITORS),
          Map.entry("GET /api/v1/indicators", EVERYONE),
          Map.entry("POST /api/v1/indicators", EDITORS),
          Map.entry("GET /api/v1/indicators/{id}", EVERYONE),
          Map.entry("PUT /api/v1/indicators/{id}", EDITORS),
          Map.entry("PATCH /api/v1/indicators/{id}", EDITORS),
          Map.entry("GET /api/v1/indicators/{id}/values", EVERYONE),
          Map.entry("GET /api/v1/indicators/{id}/values/{period}", EVERYONE),
          Map.entry("PUT /api/v1/indicators/{id}/values/{period}", FIGURES),
          Map.entry("DELETE /api/v1/indicators/{id}/data-status", FIGURES),
          Map.entry("GET /api/v1/indicators/{id}/not-available", EVERYONE),
          Map.entry("PUT /api/v1/indicators/{id}/not-available/{period}", FIGURES),
          Map.entry("DELETE /api/v1/indicators/{id}/not-available/{period}", FIGURES),
          Map.entry("GET /api/v1/indicators/{id}/values/{period}/revisions", EVERYONE),
          Map.entry("GET /api/v1/indicators/{id}/benchmarks", EVERYONE),
          Map.entry("PUT /api/v1/indicators/{id}/benchmarks", FIGURES),
          Map.entry("GET /api/v1/indicators/{id}/derivation", EVERYONE),
          Map.entry("GET /api/v1/scorecard", EVERYONE),
          Map.entry("GET /api/v1/audits", EVERYONE),
          Map.entry("POST /api/v1/audits", RECORDS),
          Map.entry("GET /api/v1/audits/{id}", EVERYONE),
          Map.entry("PATCH /api/v1/audits/{id}", RECORDS),
          Map.entry("DELETE /api/v1/audits/{id}", RECORDS),
          Map.entry("GET /api/v1/audits/{id}/recommendations", EVERYONE),
          Map.entry("POST /api/v1/audits/{id}/recommendations", RECORDS),
          Map.entry("PATCH /api/v1/audits/{id}/recommendations/{rid}", RECORDS),
          Map.entry("GET /api/v1/audit-recommendations", EVERYONE),
          Map.entry("GET /api/v1/teams", EVERYONE),
          Map.entry("POST /api/v1/teams", RECORDS),
          Map.entry("GET /api/v1/caseload-snapshots", EVERYONE),
          Map.entry("POST /api/v1/caseload-snapshots", RECORDS),
          Map.entry("GET /api/v1/caseload-snapshots/{id}", EVERYONE),
          Map.entry("PATCH /api/v1/caseload-snapshots/{id}", RECORDS),
          Map.entry("DELETE /api/v1/caseload-snapshots/{id}", RECORDS),
          Map.entry("GET /api/v1/team-snapshots", EVERYONE),
          Map.entry("POST /api/v1/team-snapshots", RECORDS),
          Map.entry("GET /api/v1/team-snapshots/{id}", EVERYONE),
          Map.entry("PATCH /api/v1/team-snapshots/{id}", RECORDS),
          Map.entry("DELETE /api/v1/team-snapshots/{id}", RECORDS),
          Map.entry("GET /api/v1/workforce/summary", EVERYONE),
          Map.entry("POST /api/v1/bulk/indicator-values", BULK),
          Map.entry("POST /api/v1/bulk/action-updates", BULK),
          Map.entry("POST /api/v1/bulk/caseload-snapshots", BULK),
          Map.entry("POST /api/v1/bulk/team-snapshots", BULK),
          Map.entry("POST /api/v1/bulk/audits", BULK),
          Map.entry("GET /api/v1/bulk/batches", BULK),
          Map.entry("GET /api/v1/bulk/batches/{id}", BULK),
          Map.entry("POST /api/v1/bulk/batches/{id}/revert", BULK),
          Map.entry("GET /api/v1/bulk/templates/{kind}.csv", BULK),
          Map.entry("GET /api/v1/boards", EVERYONE),
          Map.entry("POST /api/v1/boards", EDITORS),
          Map.entry("GET /api/v1/boards/{id}", EVERYONE),
          Map.entry("PUT /api/v1/boards/{id}", EDITORS),
          Map.entry("GET /api/v1/meetings", EVERYONE),
          Map.entry("POST /api/v1/meetings", EDITORS),
          Map.entry("GET /api/v1/meetings/{id}", EVERYONE),
          Map.entry("PUT /api/v1/meetings/{id}", EDITORS),
          Map.entry("GET /api/v1/meetings/{id}/actions-arising", EVERYONE),
          Map.entry("POST /api/v1/meetings/{id}/actions-arising", EDITORS),
          Map.entry("PUT /api/v1/meetings/{id}/actions-arising/{itemId}", EDITORS),
          // The draft and the judgement behind it are the editors' until published.
          Map.entry("GET /api/v1/meetings/{id}/report", EDITORS),
          Map.entry("PUT /api/v1/meetings/{id}/report", EDITORS),
          Map.entry("POST /api/v1/meetings/{id}/report/publish", EDITORS),
          // Partners: only for boards their organisation sits on (PartnerReportAccess in
          // ReportResourceTest); an unknown meeting is a 404 for everyone.
          Map.entry("GET /api/v1/meetings/{id}/report/versions", EVERYONE),
          Map.entry("GET /api/v1/meetings/{id}/report/versions/{version}", EVERYONE),
          Map.entry("GET /api/v1/meetings/{id}/report.pdf", EVERYONE),
          Map.entry("GET /api/v1/risks", EDITORS),
          Map.entry("POST /api/v1/risks", EDITORS),
          Map.entry("PUT /api/v1/risks/{id}", EDITORS),
          Map.entry("DELETE /api/v1/risks/{id}", EDITORS),
          Map.entry("GET /api/v1/me/work", EVERYONE),
          Map.entry("GET /api/v1/me/reminder-settings", EVERYONE),
          Map.entry("PUT /api/v1/me/reminder-settings", EVERYONE));

  @Test
  void shouldEnforceTheMatrixOnEveryPublishedOperation() {
    List<String> operations = publishedOperations();
    assertEquals(
        new TreeSet<>(MATRIX.keySet()),
        new TreeSet<>(operations),
        "Every operation in the OpenAPI document needs a row in the matrix, and every row an"
            + " operation");

    List<String> wrong = new ArrayList<>();
    for (String operation : operations) {
      Set<String> allowed = MATRIX.get(operation);
      check(wrong, operation, "anonymous", anonymous(), allowed.contains(PUBLIC) ? null : 401);
      for (String role : EVERYONE) {
        Integer expected = allowed.contains(role) || allowed.contains(PUBLIC) ? null : 403;
        check(wrong, operation, role, as(role), expected);
      }
    }
    assertTrue(
        wrong.isEmpty(), "Authorisation differs from the matrix:\n" + String.join("\n", wrong));
  }

  /** expected null: allowed, so neither 401 nor 403 (usually 400 or 404 for the dummy input). */
  private static void check(
      List<String> wrong,
      String operation,
      String who,
      RequestSpecification request,
      Integer expected) {
    String method = operation.substring(0, operation.indexOf(' '));
    String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999");
    if (!method.equals("GET") && !method.equals("DELETE")) {
      request = request.body("{}");
    }
    if (method.equals("PATCH")) {
      request = request.contentType("application/merge-patch+json");
    }
    int status = request.request(method, path).statusCode();
    boolean ok = expected == null ? status != 401 && status != 403 : status == expected;
    if (!ok) {
      wrong.add(
          operation
              + " as "
              + who
              + ": got "
              + status
              + ", expected "
              + (expected == null ? "allowed" : expected));
    }
  }

  private static List<String> publishedOperations() {
    JsonPath openapi =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .extract()
            .jsonPath();
    Map<String, Map<String, Object>> paths = openapi.getMap("paths");
    List<String> operations = new ArrayList<>();
    paths.forEach(
        (path, item) -> {
          if (path.startsWith("/api/")) {
            item.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path));
          }
        });
    return operations;
  }
}
