package org.improvementtracker.bulk;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.improvementtracker.workforce.Team;

/** The teams by the codes rows name them by (IRT, MASH…), read once per upload. */
final class TeamCodes {
  private final Map<String, Team> teams = new HashMap<>();

  TeamCodes(EntityManager em) {
    em.createQuery("from Team", Team.class)
        .getResultStream()
        .forEach(t -> teams.put(t.getCode(), t));
  }

  /** The team of the row's {@code team} cell, or null with the row's error. */
  Team team(int line, String code, RowProblems problems) {
    if (code == null) {
      problems.error(line, "team", null, "is required: the team's code, e.g. IRT");
      return null;
    }
    Team team = teams.get(code);
    if (team == null) {
      problems.error(line, "team", code, "no team has this code");
    }
    return team;
  }
}
