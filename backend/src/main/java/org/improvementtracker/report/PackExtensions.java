package org.improvementtracker.report;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.improvementtracker.indicator.ScorecardRecords;
import org.improvementtracker.indicator.ScorecardService;

/** Small formatting helpers the board pack template calls. */
@TemplateExtension
final class PackExtensions {
  private PackExtensions() {}

  static List<String> figures(ScorecardRecords.Row row) {
    return BoardPack.figures(row);
  }

  static String join(List<String> items, String separator) {
    return String.join(separator, items);
  }

  static String targetText(ScorecardRecords.Row row) {
    return ScorecardService.displayTarget(row.unit(), row.target());
  }

  /** "OFF_TARGET" → "Off target". */
  static String label(Enum<?> value) {
    if (value == null) {
      return "Not rated";
    }
    String words = value.name().replace('_', ' ').toLowerCase(java.util.Locale.UK);
    return words.equals("amber e")
        ? "Amber E"
        : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String cssClass(Enum<?> value) {
    return value == null ? "none" : value.name().toLowerCase(java.util.Locale.UK).replace('_', '-');
  }
}
