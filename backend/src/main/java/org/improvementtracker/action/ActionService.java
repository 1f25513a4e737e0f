package org.improvementtracker.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.audit.AuditQueries;
import org.improvementtracker.audit.AuditResponse;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.MergePatcher;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.NotPermittedException;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.RuleViolationException;
import org.improvementtracker.finding.Finding;
import org.improvementtracker.indicator.Indicator;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.plan.PriorityRepository;
import org.improvementtracker.plan.Rag;
import org.improvementtracker.security.AuthenticatedUser;
import org.improvementtracker.security.CurrentUser;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.Role;
import org.improvementtracker.security.User;

/**
 * Changes to action rows. Every change is written to the audit trail in its own transaction, and
 * partners may only contribute to the actions their organisation co-leads.
 */
@ApplicationScoped
public class ActionService {

  @Inject ActionRepository actions;
  @Inject PriorityRepository priorities;
  @Inject EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject AuditQueries auditQueries;
  @Inject MergePatcher mergePatcher;
  @Inject Clock clock;

  /** A page of actions; {@code mine} narrows it to those the caller's organisation co-leads. */
  public Page<ActionResponse> search(
      ActionQuery query, boolean mine, List<ActionRepository.SortKey> sort, PageRequest page) {
    if (mine) {
      Long own = currentUser.require().organisationId();
      if (query.partnerId() != null && !query.partnerId().equals(own)) {
        throw new InvalidInputException(
            "partner", "names another organisation than mine=true (yours, id " + own + ")");
      }
      query = query.withPartner(own);
    }
    LocalDate today = today();
    Page<Action> found = actions.search(query, sort, page, today);
    actions.fetchLinks(found.items());
    Map<Long, ActionRepository.ProgressSummary> progress =
        actions.progress(found.items().stream().map(Action::getId).toList());
    return found.map(a -> ActionMapper.toResponse(a, progress.get(a.getId()), today));
  }

  public ActionResponse get(Long id) {
    Action action =
        actions.findWithLinks(id).orElseThrow(() -> new NotFoundException("Action", id));
    return response(action);
  }

  /** The row as the API shows it, with its evidence log summed up in one query. */
  private ActionResponse response(Action action) {
    return ActionMapper.toResponse(
        action, actions.progress(List.of(action.getId())).get(action.getId()), today());
  }

  @Transactional
  public ActionResponse create(ActionRequest request) {
    Priority priority = priority(request.priorityId());
    Action action = new Action(priority, request.details(), links(request, priority), now());
    actions.persistAndFlush(action);
    ActionResponse created =
        ActionMapper.toResponse(action, ActionRepository.ProgressSummary.NONE, today());
    audit.record("ACTION_CREATED", "Action", action.getId(), null, created);
    return created;
  }

  @Transactional
  public ActionResponse replace(Long id, String ifMatch, ActionRequest request) {
    Action action = find(id);
    ETags.requireMatch(ifMatch, action.getVersion());
    return revise(action, request);
  }

  /** JSON Merge Patch (RFC 7386) over the same fields PUT takes, validated the same way. */
  @Transactional
  public ActionResponse patch(Long id, String ifMatch, JsonNode patch)
      throws JsonProcessingException {
    Action action = find(id);
    ETags.requireMatch(ifMatch, action.getVersion());
    return revise(action, mergePatcher.patch(ActionMapper.request(action), patch));
  }

  private ActionResponse revise(Action action, ActionRequest request) {
    ActionResponse before = response(action);
    Priority priority = priority(request.priorityId());
    action.revise(
        priority,
        request.details(),
        links(request, priority),
        request.dueDateChangeReason(),
        currentUser.signature(),
        now());
    actions.flush();
    ActionResponse after = response(action);
    audit.record("ACTION_UPDATED", "Action", action.getId(), before, after);
    return after;
  }

  @Transactional
  public void archive(Long id, String ifMatch) {
    Action action = find(id);
    if (ifMatch != null) {
      ETags.requireMatch(ifMatch, action.getVersion());
    }
    ActionResponse before = response(action);
    action.archive(now());
    audit.record("ACTION_ARCHIVED", "Action", id, before, response(action));
  }

  public List<ProgressUpdateResponse> progressUpdates(Long id) {
    return find(id).getProgressUpdates().stream()
        .sorted(ActionMapper.LOG_ORDER)
        .map(ActionMapper::progressUpdate)
        .toList();
  }

  @Transactional
  public ProgressUpdateResponse recordProgress(Long id, ProgressUpdateRequest request) {
    Action action = find(id);
    requireMayContribute(action);
    LocalDate date = request.date() != null ? request.date() : today();
    ProgressUpdate update =
        action.recordProgress(date, currentUser.signature(), request.text().trim(), now());
    actions.flush();
    ProgressUpdateResponse recorded = ActionMapper.progressUpdate(update);
    audit.record("PROGRESS_RECORDED", "Action", id, null, recorded);
    return recorded;
  }

  @Transactional
  public ActionResponse changeRag(Long id, RagChangeRequest request) {
    Action action = find(id);
    return applyRagChange(action, request.rag(), request.reason().trim(), request.evidence());
  }

  private ActionResponse applyRagChange(Action action, Rag to, String reason, String evidence) {
    Rag from = action.getRag();
    RagChange change = action.changeRag(to, reason, evidence, currentUser.signature(), now());
    actions.flush();
    audit.record(
        "RAG_CHANGED",
        "Action",
        action.getId(),
        ActionMapper.ragState(from, null, null),
        ActionMapper.ragState(change.getToRag(), change.getReason(), change.getEvidence()));
    return response(action);
  }

  /** Everything that happened to an action, oldest first, from the audit trail. */
  public List<AuditResponse> history(Long id) {
    find(id);
    return auditQueries.history("Action", id);
  }

  public List<RagChangeResponse> ragHistory(Long id) {
    return find(id).getRagHistory().stream().map(ActionMapper::ragChange).toList();
  }

  @Transactional
  public RagProposalRecords.RagProposalResponse propose(
      Long id, RagProposalRecords.ProposalRequest request) {
    Action action = find(id);
    requireMayContribute(action);
    requireNoPendingProposal(action);
    User proposer = em.find(User.class, currentUser.require().userId());
    RagProposal proposal =
        action.proposeRag(request.rag(), request.reason().trim(), proposer, now());
    em.persist(proposal);
    em.flush();
    RagProposalRecords.RagProposalResponse response = ActionMapper.proposal(proposal);
    audit.record("RAG_PROPOSED", "Action", id, null, response);
    return response;
  }

  public List<RagProposalRecords.RagProposalResponse> proposals(
      Long actionId, RagProposal.Status status) {
    if (actionId != null) {
      find(actionId);
    }
    String where =
        (actionId != null ? " and a.id = :action" : "")
            + (status != null ? " and p.status = :status" : "");
    var query =
        em.createQuery(
            "from RagProposal p join fetch p.action a where true"
                + where
                + " order by p.createdAt desc, p.id desc",
            RagProposal.class);
    if (actionId != null) {
      query.setParameter("action", actionId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultStream().map(ActionMapper::proposal).toList();
  }

  /**
   * One proposal per action awaits an editor at a time, so an editor never weighs two conflicting
   * ones; a partner who wants another outcome asks an editor to reject the pending one first.
   */
  private void requireNoPendingProposal(Action action) {
    em.createQuery(
            "from RagProposal p where p.action = :action and p.status = :pending",
            RagProposal.class)
        .setParameter("action", action)
        .setParameter("pending", RagProposal.Status.PENDING)
        .getResultStream()
        .findFirst()
        .ifPresent(
            pending -> {
              throw new RuleViolationException(
                  "Action "
                      + action.getRef()
                      + " already has a RAG proposal awaiting an editor's decision ("
                      + pending.getToRag()
                      + ", proposed by "
                      + pending.getProposedBy().getDisplayName()
                      + " on "
                      + pending.getCreatedAt().toLocalDate()
                      + "): an editor must accept or reject it before another is made");
            });
  }

  /** Accepting applies the change under the usual rules (GREEN still needs evidence). */
  @Transactional
  public RagProposalRecords.RagProposalResponse decide(
      Long proposalId, boolean accept, String note) {
    // Locked until commit: of two decisions at once, the second sees the first and is refused.
    RagProposal proposal =
        em.find(RagProposal.class, proposalId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (proposal == null) {
      throw new NotFoundException("RAG proposal", proposalId);
    }
    User decider = em.find(User.class, currentUser.require().userId());
    proposal.decide(accept, decider, note == null ? null : note.trim(), now());
    if (accept) {
      applyRagChange(
          proposal.getAction(),
          proposal.getToRag(),
          proposal.getReason()
              + " (proposed by "
              + proposal.getProposedBy().getDisplayName()
              + ", "
              + proposal.getOrganisation().getName()
              + ")",
          null);
    }
    RagProposalRecords.RagProposalResponse response = ActionMapper.proposal(proposal);
    audit.record(
        accept ? "RAG_PROPOSAL_ACCEPTED" : "RAG_PROPOSAL_REJECTED",
        "Action",
        proposal.getAction().getId(),
        null,
        response);
    return response;
  }

  /** Partners contribute only to what their organisation co-leads; council staff to anything. */
  private void requireMayContribute(Action action) {
    AuthenticatedUser user = currentUser.require();
    if (user.role() == Role.PARTNER && !action.isCoLedBy(user.organisationId())) {
      throw new NotPermittedException(
          "Action "
              + action.getRef()
              + " is not co-led by "
              + user.organisationName()
              + ": partners can update only the actions their organisation co-leads");
    }
  }

  private Action find(Long id) {
    return actions.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Action", id));
  }

  /** An unknown id inside a body is a field error of that body, not a missing resource. */
  private Priority priority(Long id) {
    return priorities
        .findByIdOptional(id)
        .orElseThrow(() -> new InvalidInputException("priorityId", "no priority has id " + id));
  }

  private ActionLinks links(ActionRequest request, Priority priority) {
    return new ActionLinks(
        references(Finding.class, "findingIds", request.findingIds(), priority, this::samePlan),
        references(
            Indicator.class, "indicatorIds", request.indicatorIds(), priority, this::samePlan),
        partners(request.partnerOrganisationIds()));
  }

  private Set<Organisation> partners(List<Long> ids) {
    return references(
        Organisation.class,
        "partnerOrganisationIds",
        ids,
        null,
        (organisation, ignored) ->
            organisation.getKind() == Organisation.Kind.PARTNER
                ? null
                : organisation.getName() + " is not a partner organisation");
  }

  private String samePlan(Finding finding, Priority priority) {
    return finding.getPlan().getId().equals(priority.getPlan().getId())
        ? null
        : "finding " + finding.getId() + " belongs to another plan";
  }

  private String samePlan(Indicator indicator, Priority priority) {
    return indicator.getPlan().getId().equals(priority.getPlan().getId())
        ? null
        : "indicator " + indicator.getId() + " belongs to another plan";
  }

  /**
   * Loads the entities a body refers to by id, reporting each unknown or unfit id as an error of
   * its own list element (e.g. {@code findingIds[2]}).
   */
  private <T, C> Set<T> references(
      Class<T> type, String field, List<Long> ids, C context, BiFunction<T, C, String> unfit) {
    Set<T> found = new LinkedHashSet<>();
    if (ids == null) {
      return found;
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      T entity = em.find(type, ids.get(i));
      String problem =
          entity == null
              ? "no " + type.getSimpleName().toLowerCase() + " has id " + ids.get(i)
              : unfit.apply(entity, context);
      if (problem != null) {
        errors.add(new FieldError(field + "[" + i + "]", problem));
      } else {
        found.add(entity);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return found;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
