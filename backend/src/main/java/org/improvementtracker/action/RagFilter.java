package org.improvementtracker.action;

import org.improvementtracker.plan.Rag;

/** A RAG value to filter on, or NONE for actions not yet rated. */
public enum RagFilter {
  RED,
  AMBER,
  AMBER_E,
  GREEN,
  NONE;

  Rag rag() {
    return this == NONE ? null : Rag.valueOf(name());
  }
}
