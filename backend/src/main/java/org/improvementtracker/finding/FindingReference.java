package org.improvementtracker.finding;

import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding as cited from an action: enough to show "para 13" and link to it. */
public record FindingReference(
    Long id, String source, @Schema(nullable = true) Integer paragraph, String label) {
  /** Named areas first, then paragraphs in number order. */
  public static final Comparator<FindingReference> ORDER =
      Comparator.comparing(
              FindingReference::paragraph, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FindingReference::id);
}
