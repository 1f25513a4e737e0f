package org.improvementtracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.RuleViolationException;

/** Accounts and organisations, managed by admins. Accounts are disabled, never deleted. */
@ApplicationScoped
public class UserService {

  @Inject EntityManager em;
  @Inject UserRepository users;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject CredentialCache credentials;

  public List<UserRecords.UserResponse> list() {
    return em.createQuery("from User u order by u.username", User.class)
        .getResultStream()
        .map(SecurityMapper::user)
        .toList();
  }

  @Transactional
  public UserRecords.UserResponse create(UserRecords.CreateUserRequest request) {
    String username = request.username().toLowerCase(Locale.ROOT);
    if (users.findByUsername(username).isPresent()) {
      throw new InvalidInputException("username", "is already taken");
    }
    Organisation organisation = organisation("organisationId", request.organisationId());
    checkRoleFits(request.role(), organisation);
    User user =
        new User(
            username,
            request.displayName().trim(),
            organisation,
            request.role(),
            passwords.hash("password", request.password()),
            OffsetDateTime.now(clock));
    em.persist(user);
    em.flush();
    UserRecords.UserResponse created = SecurityMapper.user(user);
    audit.record("USER_CREATED", "User", user.getId(), null, created);
    return created;
  }

  @Transactional
  public UserRecords.UserResponse update(Long id, UserRecords.UpdateUserRequest request) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new NotFoundException("User", id);
    }
    UserRecords.UserResponse before = SecurityMapper.user(user);
    Organisation organisation =
        request.organisationId() != null
            ? organisation("organisationId", request.organisationId())
            : user.getOrganisation();
    Role role = request.role() != null ? request.role() : user.getRole();
    boolean enabled = request.enabled() != null ? request.enabled() : user.isEnabled();
    checkRoleFits(role, organisation);
    if (user.getRole() == Role.ADMIN && (role != Role.ADMIN || !enabled) && enabledAdmins() <= 1) {
      throw new RuleViolationException(
          "This is the last enabled admin: appoint another admin first");
    }
    boolean disabling = user.isEnabled() && !enabled;
    user.update(
        request.displayName() != null ? request.displayName().trim() : user.getDisplayName(),
        organisation,
        role,
        enabled);
    if (disabling) {
      endCredentials(user);
    }
    if (request.password() != null) {
      user.changePassword(
          passwords.hash("password", request.password()), OffsetDateTime.now(clock));
    }
    // Sessions and tokens carry the account as it was: they are checked again.
    credentials.clearAfterCommit();
    UserRecords.UserResponse after = SecurityMapper.user(user);
    audit.record(
        request.password() != null ? "USER_UPDATED_PASSWORD_CHANGED" : "USER_UPDATED",
        "User",
        id,
        before,
        after);
    return after;
  }

  /**
   * A disabled user's sessions end and tokens are revoked for good: enabling the account again
   * brings back the person, not credentials that may have leaked in the meantime.
   */
  private void endCredentials(User user) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    em.createQuery(
            "update UserSession s set s.endedAt = :now where s.user = :user and s.endedAt is null")
        .setParameter("now", now)
        .setParameter("user", user)
        .executeUpdate();
    em.createQuery(
            "update ApiToken t set t.revokedAt = :now where t.user = :user and t.revokedAt is null")
        .setParameter("now", now)
        .setParameter("user", user)
        .executeUpdate();
  }

  public List<SessionRecords.OrganisationSummary> organisations() {
    return em.createQuery("from Organisation o order by o.kind, o.name", Organisation.class)
        .getResultStream()
        .map(SecurityMapper::summary)
        .toList();
  }

  @Transactional
  public SessionRecords.OrganisationSummary createOrganisation(
      OrganisationRecords.CreateOrganisationRequest request) {
    String name = request.name().trim();
    boolean taken =
        !em.createQuery(
                "from Organisation o where lower(o.name) = lower(:name)", Organisation.class)
            .setParameter("name", name)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidInputException("name", "an organisation with this name exists");
    }
    Organisation organisation = new Organisation(name, request.kind());
    em.persist(organisation);
    em.flush();
    SessionRecords.OrganisationSummary created = SecurityMapper.summary(organisation);
    audit.record("ORGANISATION_CREATED", "Organisation", organisation.getId(), null, created);
    return created;
  }

  /** Partner agencies' staff are partners or viewers; council roles belong to the council. */
  private static void checkRoleFits(Role role, Organisation organisation) {
    boolean partnerOrg = organisation.getKind() == Organisation.Kind.PARTNER;
    if (partnerOrg && role != Role.PARTNER && role != Role.VIEWER) {
      throw new InvalidInputException(
          "role", "a partner organisation's users are PARTNER or VIEWER");
    }
    if (!partnerOrg && role == Role.PARTNER) {
      throw new InvalidInputException("role", "PARTNER is for users of a partner organisation");
    }
  }

  private long enabledAdmins() {
    return em.createQuery(
            "select count(u) from User u where u.role = :role and u.enabled = true", Long.class)
        .setParameter("role", Role.ADMIN)
        .getSingleResult();
  }

  private Organisation organisation(String field, Long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new InvalidInputException(field, "no organisation has id " + id);
    }
    return organisation;
  }
}
