package org.improvementtracker.common;

/**
 * A refusal by the domain: an unknown resource, a broken rule, an invalid field, a stale version.
 * Entities and services throw its subclasses and know nothing of HTTP; {@link ProblemMappers} turns
 * each kind into its problem+json response at the edge.
 */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }
}
