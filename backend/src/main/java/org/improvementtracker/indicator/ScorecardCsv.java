package org.improvementtracker.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads "–" and "£"
 * correctly), CRLF line ends, ISO months as column headers, one row per indicator.
 */
final class ScorecardCsv {
  private static final String BOM = "\uFEFF";

  private ScorecardCsv() {}

  static String write(ScorecardRecords.Scorecard scorecard) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, header(scorecard));
    for (ScorecardRecords.Area area : scorecard.areas()) {
      for (ScorecardRecords.Row row : area.indicators()) {
        List<String> cells = new ArrayList<>(leading(area, row));
        for (ScorecardRecords.Cell cell : row.values()) {
          cells.add(cell == null ? "" : cell.value().stripTrailingZeros().toPlainString());
        }
        cells.addAll(trailing(row));
        line(out, cells);
      }
    }
    return out.toString();
  }

  /** The column headings, shared with the workbook export. */
  static List<String> header(ScorecardRecords.Scorecard scorecard) {
    List<String> header = new ArrayList<>(List.of("Number", "Indicator", "Area", "Unit", "Basis"));
    scorecard.periods().forEach(p -> header.add(p.toString()));
    header.addAll(
        List.of(
            "Target",
            "Direction of travel",
            "Status",
            "Distance to target",
            "Polarity",
            "MTFP link",
            "Flags",
            "Data status"));
    return header;
  }

  /** The cells before the monthly figures. */
  static List<String> leading(ScorecardRecords.Area area, ScorecardRecords.Row row) {
    String areaName = area.area() + (area.areaNote() == null ? "" : " (" + area.areaNote() + ")");
    return List.of(
        String.valueOf(row.number()), row.name(), areaName, row.unit().name(), row.basis().name());
  }

  /** The cells after the monthly figures. */
  static List<String> trailing(ScorecardRecords.Row row) {
    return List.of(
        ScorecardService.displayTarget(row.unit(), row.target()),
        row.direction().name(),
        row.targetStatus().name(),
        row.distanceToTarget() == null
            ? ""
            : row.distanceToTarget().stripTrailingZeros().toPlainString(),
        row.polarity().name(),
        row.mtfp() == null ? "" : row.mtfp(),
        String.join(" ", row.flags()),
        row.dataStatus() == null ? "" : row.dataStatus());
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** Quotes a cell when needed; a leading =, +, - or @ is defused so Excel never runs it. */
  static String quote(String cell) {
    String safe = cell;
    if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[0-9.]+")) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
