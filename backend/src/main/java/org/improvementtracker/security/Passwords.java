package org.improvementtracker.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.common.TrackerConfig;

/** Password policy and bcrypt hashing (salted, deliberately slow). */
@ApplicationScoped
public class Passwords {
  static final int MAX_LENGTH = 128;

  @Inject TrackerConfig config;

  /** A hash to check against when the username is unknown, so both cases take as long. */
  private volatile String decoy;

  public String hash(String field, String password) {
    check(field, password);
    return BcryptUtil.bcryptHash(password, config.passwords().bcryptCost());
  }

  public void check(String field, String password) {
    int min = config.passwords().minLength();
    if (password == null || password.length() < min) {
      throw new InvalidInputException(field, "must be at least " + min + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters");
    }
  }

  public boolean matches(String password, String hash) {
    return password != null && BcryptUtil.matches(password, hash);
  }

  /** Spends the time of a real check (so timing does not tell a name exists); always false. */
  public boolean spendAsMuchTimeAsACheck(String password) {
    if (decoy == null) {
      decoy = BcryptUtil.bcryptHash(Secrets.random(16), config.passwords().bcryptCost());
    }
    BcryptUtil.matches(password == null ? "" : password, decoy);
    return false;
  }
}
