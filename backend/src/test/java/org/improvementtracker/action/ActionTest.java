package org.improvementtracker.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.improvementtracker.common.InvalidInputException;
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
        RuleViolationException.class,
        () -> action.changeRag(Rag.GREEN, "Done", null, "editor", NOW));
    assertNull(action.getRag());
    assertTrue(action.getRagHistory().isEmpty());
  }

  @Test
  void shouldAllowGreenOnceEvidenceIsRecorded() {
    Action action = action(null);
    action.recordProgress(TODAY, "editor", "Audit shows embedded change", NOW);
    action.changeRag(Rag.GREEN, "Audit evidence", null, "editor", NOW);
    assertEquals(Rag.GREEN, action.getRag());
    RagChange change = action.getRagHistory().get(0);
    assertNull(change.getFromRag());
    assertEquals(Rag.GREEN, change.getToRag());
    assertEquals("Audit evidence", change.getReason());
  }

  @Test
  void shouldRefuseAChangeToTheSameRag() {
    Action action = action(null);
    action.changeRag(Rag.AMBER, "Started", null, "editor", NOW);
    assertThrows(
        RuleViolationException.class, () -> action.changeRag(Rag.AMBER, "Again", null, "x", NOW));
    assertEquals(1, action.getRagHistory().size());
  }

  @Test
  void shouldFreezeAnArchivedAction() {
    Action action = action(null);
    action.archive(NOW);
    assertThrows(
        RuleViolationException.class, () -> action.changeRag(Rag.AMBER, "x", null, "x", NOW));
    assertThrows(
        RuleViolationException.class, () -> action.recordProgress(TODAY, "x", "evidence", NOW));
    assertTrue(action.getProgressUpdates().isEmpty());
  }

  @Test
  void shouldNotBeOverdueOnceImplemented() {
    Action action = action(LocalDate.of(2023, 3, 31));
    assertTrue(action.isOverdue(TODAY));
    action.changeRag(Rag.AMBER_E, "Implemented", "Go-live report, 3 Apr", "editor", NOW);
    assertFalse(action.isOverdue(TODAY));
  }

  @Test
  void shouldNotCountEvidenceAlreadyWeighedAtTheLastRagChange() {
    Action action = action(null);
    action.recordProgress(TODAY, "editor", "Evidence copied from the published plan", NOW);
    action.changeRag(Rag.AMBER, "As published", null, "editor", NOW);
    OffsetDateTime later = NOW.plusDays(30);
    RuleViolationException refusal =
        assertThrows(
            RuleViolationException.class,
            () -> action.changeRag(Rag.GREEN, "Done", null, "editor", later));
    assertTrue(refusal.getMessage().contains("since the RAG last changed (2023-04-17)"));
    assertThrows(
        RuleViolationException.class,
        () -> action.changeRag(Rag.AMBER_E, "Implemented", " ", "editor", later));

    action.recordProgress(TODAY.plusDays(30), "editor", "Audit of 20 cases: all good", later);
    action.changeRag(Rag.GREEN, "Audit evidence", null, "editor", later.plusMinutes(1));
    assertEquals(Rag.GREEN, action.getRag());
  }

  @Test
  void shouldAcceptAnExplicitLinkToTheEvidence() {
    Action action = action(null);
    action.changeRag(Rag.AMBER_E, "Implemented", "QA report Q1 (SharePoint)", "editor", NOW);
    assertEquals("QA report Q1 (SharePoint)", action.getRagHistory().get(0).getEvidence());
  }

  @Test
  void shouldRequireAReasonToMoveTheDueDateAndKeepTheOriginal() {
    LocalDate march = LocalDate.of(2023, 3, 31);
    Action action =
        new Action(
            null,
            new ActionDetails("2.7", "", "Do it", List.of("SD"), march, "March 23", "", ""),
            ActionLinks.none(),
            NOW);
    ActionDetails moved =
        new ActionDetails(
            "2.7", "", "Do it", List.of("SD"), LocalDate.of(2027, 1, 31), "March 23", "", "");
    InvalidInputException refusal =
        assertThrows(
            InvalidInputException.class,
            () -> action.revise(null, moved, ActionLinks.none(), " ", "editor", NOW));
    assertEquals("dueDateChangeReason", refusal.errors().get(0).field());
    assertEquals(march, action.getDueDate());

    action.revise(null, moved, ActionLinks.none(), "Waiting for the new IT system", "editor", NOW);
    assertEquals(LocalDate.of(2027, 1, 31), action.getDueDate());
    assertEquals(march, action.getOriginalDueDate());
    // The old wording described the old date: the new date now speaks for itself.
    assertEquals("", action.getDueWording());
    Action.Slippage slippage = action.slippage();
    assertEquals(1, slippage.count());
    assertEquals(1402, slippage.totalDays());
    assertEquals(1402, slippage.longestDays());
    assertEquals("Waiting for the new IT system", action.getDueDateChanges().get(0).getReason());
  }

  @Test
  void shouldKeepTheWordingAnEditorGivesWithANewDate() {
    Action action = action(LocalDate.of(2023, 3, 31));
    ActionDetails moved =
        new ActionDetails(
            "2.6", "", "Do it", List.of("SD"), LocalDate.of(2023, 6, 30), "End of June", "", "");
    action.revise(null, moved, ActionLinks.none(), "Recruitment delayed", "editor", NOW);
    assertEquals("End of June", action.getDueWording());
    // Wording alone, or a first date, is no move.
    ActionDetails reworded =
        new ActionDetails(
            "2.6", "", "Do it", List.of("SD"), LocalDate.of(2023, 6, 30), "June 23", "", "");
    action.revise(null, reworded, ActionLinks.none(), null, "editor", NOW);
    assertEquals(1, action.getDueDateChanges().size());
    assertEquals(91, action.slippage().totalDays());
  }
}
