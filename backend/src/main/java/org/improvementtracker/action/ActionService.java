package org.improvementtracker.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.improvementtracker.common.ETags;
import org.improvementtracker.common.JsonMergePatch;
import org.improvementtracker.common.Page;
import org.improvementtracker.common.PageRequest;
import org.improvementtracker.common.Problem;
import org.improvementtracker.common.ProblemException;
import org.improvementtracker.finding.Finding;
import org.improvementtracker.finding.FindingRepository;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.plan.PriorityRepository;
import org.improvementtracker.security.CurrentUser;

@ApplicationScoped
public class ActionService {

  @Inject ActionRepository actions;
  @Inject PriorityRepository priorities;
  @Inject FindingRepository findings;
  @Inject ActionMapper mapper;
  @Inject CurrentUser currentUser;
  @Inject Validator validator;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  public Page<ActionResponse> search(
      ActionQuery query, List<ActionRepository.SortKey> sort, PageRequest page) {
    LocalDate today = today();
    return actions.search(query, sort, page, today).map(a -> mapper.toResponse(a, today));
  }

  public ActionResponse get(Long id) {
    return mapper.toResponse(find(id), today());
  }

  @Transactional
  public ActionResponse create(ActionRequest request) {
    Priority priority = priority(request.priorityId());
    Action action =
        new Action(priority, request.details(), findings(priority, request.findingIds()), now());
    actions.persistAndFlush(action);
    return mapper.toResponse(action, today());
  }

  @Transactional
  public ActionResponse replace(Long id, String ifMatch, ActionRequest request) {
    Action action = find(id);
    ETags.requireMatch(ifMatch, action.getVersion());
    Priority priority = priority(request.priorityId());
    action.revise(priority, request.details(), findings(priority, request.findingIds()), now());
    actions.flush();
    return mapper.toResponse(action, today());
  }

  /** JSON Merge Patch (RFC 7386) over the same fields PUT takes, validated the same way. */
  @Transactional
  public ActionResponse patch(Long id, String ifMatch, JsonNode patch)
      throws JsonProcessingException {
    Action action = find(id);
    ETags.requireMatch(ifMatch, action.getVersion());
    JsonNode merged = JsonMergePatch.apply(json.valueToTree(ActionRequest.of(action)), patch);
    ActionRequest request = json.treeToValue(merged, ActionRequest.class);
    Set<ConstraintViolation<ActionRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return replace(id, ifMatch, request);
  }

  @Transactional
  public void archive(Long id, String ifMatch) {
    Action action = find(id);
    if (ifMatch != null) {
      ETags.requireMatch(ifMatch, action.getVersion());
    }
    action.archive(now());
  }

  public List<ProgressUpdateResponse> progressUpdates(Long id) {
    return find(id).getProgressUpdates().stream()
        .sorted(ActionMapper.LOG_ORDER)
        .map(ProgressUpdateResponse::of)
        .toList();
  }

  @Transactional
  public ProgressUpdateResponse recordProgress(Long id, ProgressUpdateRequest request) {
    Action action = find(id);
    LocalDate date = request.date() != null ? request.date() : today();
    ProgressUpdate update =
        action.recordProgress(date, currentUser.displayName(), request.text().trim(), now());
    actions.flush();
    return ProgressUpdateResponse.of(update);
  }

  @Transactional
  public ActionResponse changeRag(Long id, RagChangeRequest request) {
    Action action = find(id);
    action.changeRag(request.rag(), request.reason().trim(), currentUser.displayName(), now());
    actions.flush();
    return mapper.toResponse(action, today());
  }

  public List<RagChangeResponse> ragHistory(Long id) {
    return find(id).getRagHistory().stream().map(RagChangeResponse::of).toList();
  }

  private Action find(Long id) {
    return actions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Action", id));
  }

  /** An unknown id inside a body is a field error of that body, not a missing resource. */
  private Priority priority(Long id) {
    return priorities
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.invalid("priorityId", "no priority has id " + id));
  }

  private Set<Finding> findings(Priority priority, List<Long> ids) {
    Set<Finding> found = new LinkedHashSet<>();
    if (ids == null) {
      return found;
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Finding finding = findings.findById(ids.get(i));
      if (finding == null) {
        errors.add(
            new Problem.FieldError("findingIds[" + i + "]", "no finding has id " + ids.get(i)));
      } else if (!finding.getPlan().getId().equals(priority.getPlan().getId())) {
        errors.add(
            new Problem.FieldError(
                "findingIds[" + i + "]", "finding " + ids.get(i) + " belongs to another plan"));
      } else {
        found.add(finding);
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
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
