package org.improvementtracker.workforce;

/** A worker's role; the first three are qualified social workers holding cases. */
public enum WorkerRole {
  SOCIAL_WORKER,
  SENIOR_SOCIAL_WORKER,
  ADVANCED_PRACTITIONER,
  ASSISTANT_SOCIAL_WORKER,
  TEAM_MANAGER,
  OTHER;

  /** Counted by indicator 59 (social workers with more than 20 children). */
  public boolean isSocialWorker() {
    return this == SOCIAL_WORKER || this == SENIOR_SOCIAL_WORKER || this == ADVANCED_PRACTITIONER;
  }
}
