package org.improvementtracker.action;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.finding.Finding;
import org.improvementtracker.indicator.Indicator;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.User;

/**
 * A row of the improvement plan. It guards the plan's rules: every RAG change has a reason and is
 * kept, GREEN needs recorded evidence, and an archived row can no longer change.
 */
@Entity
public class Action {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "priority_id")
  private Priority priority;

  private String ref;

  @Column(name = "ref_major")
  private int refMajor;

  @Column(name = "ref_minor")
  private int refMinor;

  @Column(name = "desired_outcome")
  private String desiredOutcome;

  @Column(name = "action_text")
  private String actionText;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private String[] leads;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "due_wording")
  private String dueWording;

  /** The first due date the action was given: kept however often the date moves. */
  @Column(name = "original_due_date")
  private LocalDate originalDueDate;

  private String impact;
  private String measure;

  @Enumerated(EnumType.STRING)
  private Rag rag;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @ManyToMany
  @JoinTable(
      name = "action_finding",
      joinColumns = @JoinColumn(name = "action_id"),
      inverseJoinColumns = @JoinColumn(name = "finding_id"))
  private Set<Finding> findings = new LinkedHashSet<>();

  /** The indicators that show this action's impact ("how will we measure the difference"). */
  @ManyToMany
  @JoinTable(
      name = "action_indicator",
      joinColumns = @JoinColumn(name = "action_id"),
      inverseJoinColumns = @JoinColumn(name = "indicator_id"))
  private Set<Indicator> indicators = new LinkedHashSet<>();

  /** Partner agencies that co-lead this action: their staff may add evidence and propose RAG. */
  @ManyToMany
  @JoinTable(
      name = "action_partner",
      joinColumns = @JoinColumn(name = "action_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> partners = new LinkedHashSet<>();

  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("recordedOn, id")
  private List<ProgressUpdate> progressUpdates = new ArrayList<>();

  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt, id")
  private List<RagChange> ragHistory = new ArrayList<>();

  /** A set, not a list, so that it can be fetched with the links without repeating rows. */
  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt, id")
  private Set<DueDateChange> dueDateChanges = new LinkedHashSet<>();

  protected Action() {}

  public Action(Priority priority, ActionDetails details, ActionLinks links, OffsetDateTime now) {
    this.createdAt = now;
    this.originalDueDate = details.dueDate();
    apply(priority, details, links, now);
  }

  /**
   * Replaces the row's wording, priority, cited findings and co-leading partners. Moving a due date
   * is how a task could quietly leave the overdue list, so a move needs a reason and is kept with
   * the original date; the worded due date ("March 23") no longer describes the new date, so it
   * follows the date unless the editor words it afresh.
   */
  public void revise(
      Priority priority,
      ActionDetails details,
      ActionLinks links,
      String dueDateChangeReason,
      String by,
      OffsetDateTime now) {
    requireActive();
    ActionDetails revised = details;
    if (!Objects.equals(details.dueDate(), dueDate)) {
      if (dueDate != null) {
        if (dueDateChangeReason == null || dueDateChangeReason.isBlank()) {
          throw new InvalidInputException(
              "dueDateChangeReason",
              "say why the due date moves from "
                  + dueDate
                  + " to "
                  + (details.dueDate() == null ? "no date" : details.dueDate())
                  + ": the original date is kept and every move is shown");
        }
        dueDateChanges.add(
            new DueDateChange(
                this, dueDate, details.dueDate(), dueDateChangeReason.trim(), by, now));
        if (details.dueWording().equals(dueWording)) {
          revised = details.withDueWording("");
        }
      }
      if (originalDueDate == null) {
        originalDueDate = details.dueDate();
      }
    }
    apply(priority, revised, links, now);
  }

  /** How often and by how long the due date has been put back since it was first set. */
  public Slippage slippage() {
    List<DueDateChange> slips = dueDateChanges.stream().filter(DueDateChange::isSlip).toList();
    long total =
        originalDueDate != null && dueDate != null
            ? Math.max(0, ChronoUnit.DAYS.between(originalDueDate, dueDate))
            : slips.stream().mapToLong(DueDateChange::delayDays).sum();
    long longest = slips.stream().mapToLong(DueDateChange::delayDays).max().orElse(0);
    return new Slippage(originalDueDate, slips.size(), total, longest);
  }

  /**
   * The due date's slippage: the first date set, how many moves put it back, how many days later
   * than first set it now is, and the longest single move.
   */
  public record Slippage(LocalDate originalDueDate, int count, long totalDays, long longestDays) {}

  private void apply(
      Priority priority, ActionDetails details, ActionLinks links, OffsetDateTime now) {
    this.priority = priority;
    this.ref = details.ref();
    String[] parts = details.ref().split("\\.");
    this.refMajor = Integer.parseInt(parts[0]);
    this.refMinor = Integer.parseInt(parts[1]);
    this.desiredOutcome = details.desiredOutcome();
    this.actionText = details.actionText();
    this.leads = details.leads().toArray(String[]::new);
    this.dueDate = details.dueDate();
    this.dueWording = details.dueWording();
    this.impact = details.impact();
    this.measure = details.measure();
    replace(findings, links.findings());
    replace(indicators, links.indicators());
    replace(partners, links.partners());
    this.updatedAt = now;
  }

  private static <T> void replace(Set<T> current, Set<T> wanted) {
    current.clear();
    current.addAll(wanted);
  }

  public boolean isCoLedBy(Long organisationId) {
    return partners.stream().anyMatch(p -> p.getId().equals(organisationId));
  }

  public ProgressUpdate recordProgress(
      LocalDate recordedOn, String author, String text, OffsetDateTime now) {
    requireActive();
    ProgressUpdate update = new ProgressUpdate(this, recordedOn, author, text, now);
    progressUpdates.add(update);
    // The evidence is part of the row: a new update changes its version and ETag.
    updatedAt = now;
    return update;
  }

  /**
   * Applies the plan's RAG rules; refusals are conflicts the user can resolve. GREEN and AMBER_E
   * say something was implemented: that needs evidence recorded since the RAG last changed (an
   * older update, such as the one copied from the published plan, was already weighed then), or an
   * explicit link to the evidence.
   */
  public RagChange changeRag(
      Rag to, String reason, String evidence, String by, OffsetDateTime now) {
    requireActive();
    if (to == rag) {
      throw new RuleViolationException("The RAG status is already " + to);
    }
    String link = evidence == null || evidence.isBlank() ? null : evidence.trim();
    if ((to == Rag.GREEN || to == Rag.AMBER_E) && link == null && !hasEvidenceSinceLastRag()) {
      OffsetDateTime since = lastRagChangeAt();
      throw new RuleViolationException(
          (to == Rag.GREEN ? "GREEN" : "AMBER_E")
              + " needs evidence: record a progress update"
              + (since == null ? "" : " since the RAG last changed (" + since.toLocalDate() + ")")
              + " or link the evidence (e.g. an audit report) before rating this action "
              + to);
    }
    RagChange change = new RagChange(this, rag, to, reason, link, by, now);
    ragHistory.add(change);
    rag = to;
    updatedAt = now;
    return change;
  }

  /**
   * Takes back a RAG change, as undoing the bulk batch that made it does: only while it is still
   * the row's latest change, so that a later decision is never silently overwritten. The log keeps
   * both changes.
   */
  public RagChange undoRagChange(RagChange change, String reason, String by, OffsetDateTime now) {
    requireActive();
    RagChange latest = ragHistory.isEmpty() ? null : ragHistory.get(ragHistory.size() - 1);
    if (latest != change || rag != change.getToRag()) {
      throw new RuleViolationException(
          "The RAG of action " + ref + " has changed since: it cannot be taken back");
    }
    if (change.getFromRag() == null) {
      throw new RuleViolationException(
          "Action "
              + ref
              + " had no RAG before this change: its first rating cannot be taken back");
    }
    RagChange undo = new RagChange(this, rag, change.getFromRag(), reason, null, by, now);
    ragHistory.add(undo);
    rag = change.getFromRag();
    updatedAt = now;
    return undo;
  }

  /** Takes back a progress update recorded by mistake, as undoing its bulk batch does. */
  public void withdrawProgress(ProgressUpdate update, OffsetDateTime now) {
    requireActive();
    if (!progressUpdates.remove(update)) {
      throw new RuleViolationException(
          "Progress update " + update.getId() + " is not part of action " + ref);
    }
    updatedAt = now;
  }

  /**
   * Records a partner's proposal to change the RAG, for an editor to decide. The same rules as a
   * change apply up front: an archived row cannot change, and a proposal must change something.
   */
  private OffsetDateTime lastRagChangeAt() {
    return ragHistory.isEmpty() ? null : ragHistory.get(ragHistory.size() - 1).getChangedAt();
  }

  private boolean hasEvidenceSinceLastRag() {
    OffsetDateTime since = lastRagChangeAt();
    return progressUpdates.stream().anyMatch(u -> since == null || u.getCreatedAt().isAfter(since));
  }

  public RagProposal proposeRag(Rag to, String reason, User proposer, OffsetDateTime now) {
    requireActive();
    if (to == rag) {
      throw new RuleViolationException("The RAG status is already " + to);
    }
    return new RagProposal(this, proposer, to, reason, now);
  }

  /**
   * Sets the RAG a plan was published with. The published rating needs no evidence rule: it is
   * history, kept in the RAG log with its provenance.
   */
  public void importRag(Rag printed, String source, OffsetDateTime publishedAt) {
    ragHistory.add(
        new RagChange(this, rag, printed, "RAG as published", null, source, publishedAt));
    this.rag = printed;
  }

  public void archive(OffsetDateTime now) {
    requireActive();
    archivedAt = now;
    updatedAt = now;
  }

  public boolean isOverdue(LocalDate today) {
    return isOverdue(rag, dueDate, today);
  }

  public Rag effectiveRag(LocalDate today) {
    return effectiveRag(rag, dueDate, today);
  }

  /** Past its due date and not yet implemented, a task is overdue: see {@link OverdueRule}. */
  public static boolean isOverdue(Rag rag, LocalDate dueDate, LocalDate today) {
    return OverdueRule.isOverdue(rag, dueDate, today);
  }

  /** The plan's key derives RED: see {@link OverdueRule}. */
  public static Rag effectiveRag(Rag rag, LocalDate dueDate, LocalDate today) {
    return OverdueRule.effectiveRag(rag, dueDate, today);
  }

  private void requireActive() {
    if (archivedAt != null) {
      throw new RuleViolationException("Action " + ref + " is archived and cannot change");
    }
  }

  public Long getId() {
    return id;
  }

  public Priority getPriority() {
    return priority;
  }

  public String getRef() {
    return ref;
  }

  public String getDesiredOutcome() {
    return desiredOutcome;
  }

  public String getActionText() {
    return actionText;
  }

  public List<String> getLeads() {
    return List.of(leads);
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getDueWording() {
    return dueWording;
  }

  public LocalDate getOriginalDueDate() {
    return originalDueDate;
  }

  /** The moves of the due date, oldest first. */
  public List<DueDateChange> getDueDateChanges() {
    return dueDateChanges.stream()
        .sorted(Comparator.comparing(DueDateChange::getChangedAt))
        .toList();
  }

  public String getImpact() {
    return impact;
  }

  public String getMeasure() {
    return measure;
  }

  public Rag getRag() {
    return rag;
  }

  public OffsetDateTime getArchivedAt() {
    return archivedAt;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public Set<Finding> getFindings() {
    return findings;
  }

  public Set<Indicator> getIndicators() {
    return indicators;
  }

  public Set<Organisation> getPartners() {
    return partners;
  }

  public List<ProgressUpdate> getProgressUpdates() {
    return progressUpdates;
  }

  public List<RagChange> getRagHistory() {
    return ragHistory;
  }
}
