package org.improvementtracker.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.improvementtracker.audit.AuditLog;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.NotFoundException;
import org.improvementtracker.common.Permission;
import org.improvementtracker.common.TrackerConfig;

@ApplicationScoped
public class TokenService {
  static final String SECRET_PREFIX = "itk_";

  @Inject EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;
  @Inject TrackerConfig config;
  @Inject Clock clock;
  @Inject CredentialCache credentials;

  @Transactional
  public TokenRecords.CreatedTokenResponse create(TokenRecords.CreateTokenRequest request) {
    AuthenticatedUser me = currentUser.require();
    OffsetDateTime now = OffsetDateTime.now(clock);
    Set<Scope> scopes = EnumSet.copyOf(request.scopes());
    // A token can only narrow its owner's role, and a token cannot mint a wider one.
    Set<Scope> grantable = EnumSet.copyOf(me.role().grantableScopes());
    if (me.via() == AuthenticatedUser.Via.TOKEN) {
      grantable.retainAll(me.tokenScopes());
    }
    Set<Scope> refused =
        scopes.stream().filter(s -> !grantable.contains(s)).collect(Collectors.toSet());
    if (!refused.isEmpty()) {
      throw new InvalidInputException(
          "scopes",
          "not allowed for you: "
              + refused.stream().map(Scope::value).sorted().collect(Collectors.joining(", ")));
    }
    OffsetDateTime expiresAt =
        request.expiresAt() != null
            ? request.expiresAt()
            : now.plus(config.tokens().defaultLifetime());
    if (!expiresAt.isAfter(now)) {
      throw new InvalidInputException("expiresAt", "must be in the future");
    }
    if (expiresAt.isAfter(now.plus(config.tokens().maxLifetime()))) {
      throw new InvalidInputException(
          "expiresAt", "must be within " + config.tokens().maxLifetime().toDays() + " days");
    }
    String secret = SECRET_PREFIX + Secrets.random(32);
    User owner = em.find(User.class, me.userId());
    ApiToken token =
        new ApiToken(
            owner,
            request.name().trim(),
            Secrets.sha256(secret),
            secret.substring(0, 12),
            scopes,
            now,
            expiresAt);
    em.persist(token);
    em.flush();
    TokenRecords.TokenResponse response = SecurityMapper.token(token);
    audit.record("TOKEN_CREATED", "ApiToken", token.getId(), null, response);
    return new TokenRecords.CreatedTokenResponse(response, secret);
  }

  public List<TokenRecords.TokenResponse> list(boolean all) {
    AuthenticatedUser me = currentUser.require();
    boolean everyone = all && me.permissions().contains(Permission.ADMIN);
    var query =
        em.createQuery(
            "from ApiToken t"
                + (everyone ? "" : " where t.user.id = :me")
                + " order by t.createdAt desc, t.id desc",
            ApiToken.class);
    if (!everyone) {
      query.setParameter("me", me.userId());
    }
    return query.getResultStream().map(SecurityMapper::token).toList();
  }

  @Transactional
  public void revoke(Long id) {
    AuthenticatedUser me = currentUser.require();
    ApiToken token = em.find(ApiToken.class, id);
    boolean mine = token != null && token.getUser().getId().equals(me.userId());
    if (token == null || !(mine || me.permissions().contains(Permission.ADMIN))) {
      // Someone else's token is reported as missing: its existence is not theirs to know.
      throw new NotFoundException("Token", id);
    }
    TokenRecords.TokenResponse before = SecurityMapper.token(token);
    token.revoke(OffsetDateTime.now(clock));
    credentials.clearAfterCommit();
    audit.record("TOKEN_REVOKED", "ApiToken", id, before, SecurityMapper.token(token));
  }
}
