package org.improvementtracker.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.plan.Rag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's RAG key as rules of the action row. */
class ActionTest {
  private static final LocalDate TODAY = LocalDate.of(2023, 4, 17);
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2023-04-17T10:00:00Z");

  private static Action action(LocalDate due) {
    return new Action(
        null,
        new ActionDetails("2.6", "", "Do it", List.of("SD"), due, "", "", ""),
        ActionLinks.none(),
        NOW);
  }

  @ParameterizedTest(name = "rated {0}, due {1}: effective {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        // rated, due date, effective RAG on 2023-04-17
        "-,       2023-03-31, RED",
        "AMBER,   2023-03-31, RED",
        "AMBER_E, 2023-03-31, AMBER_E",
        "GREEN,   2023-03-31, GREEN",
        "AMBER,   2023-04-17, AMBER",
        "AMBER,   2023-05-31, AMBER",
        "-,       2023-05-31, -",
        "AMBER,   -,          AMBER",
        "RED,     2023-05-31, RED",
      })
  void shouldDeriveEffectiveRagFromDueDate(Rag rated, LocalDate due, Rag effective) {
    assertEquals(effective, Action.effectiveRag(rated, due, TODAY));
  }

  @Test
  void shouldRefuseGreenWithoutEvidence() {
    Action action = action(null);
    // A rule violation: the API answers it with 409.
    assertThrows(
        RuleViolationException.class, () -> action.changeRag(Rag.GREEN, "Done", "editor", NOW));
    assertNull(action.getRag());
    assertTrue(action.getRagHistory().isEmpty());
  }

  @Test
  void shouldAllowGreenOnceEvidenceIsRecorded() {
    Action action = action(null);
    action.recordProgress(TODAY, "editor", "Audit shows embedded change", NOW);
    action.changeRag(Rag.GREEN, "Audit evidence", "editor", NOW);
    assertEquals(Rag.GREEN, action.getRag());
    RagChange change = action.getRagHistory().get(0);
    assertNull(change.getFromRag());
    assertEquals(Rag.GREEN, change.getToRag());
    assertEquals("Audit evidence", change.getReason());
  }

  @Test
  void shouldRefuseAChangeToTheSameRag() {
    Action action = action(null);
    action.changeRag(Rag.AMBER, "Started", "editor", NOW);
    assertThrows(
        RuleViolationException.class, () -> action.changeRag(Rag.AMBER, "Again", "x", NOW));
    assertEquals(1, action.getRagHistory().size());
  }

  @Test
  void shouldFreezeAnArchivedAction() {
    Action action = action(null);
    action.archive(NOW);
    assertThrows(RuleViolationException.class, () -> action.changeRag(Rag.AMBER, "x", "x", NOW));
    assertThrows(
        RuleViolationException.class, () -> action.recordProgress(TODAY, "x", "evidence", NOW));
    assertTrue(action.getProgressUpdates().isEmpty());
  }

  @Test
  void shouldNotBeOverdueOnceImplemented() {
    Action action = action(LocalDate.of(2023, 3, 31));
    assertTrue(action.isOverdue(TODAY));
    action.changeRag(Rag.AMBER_E, "Implemented", "editor", NOW);
    assertFalse(action.isOverdue(TODAY));
  }
}
