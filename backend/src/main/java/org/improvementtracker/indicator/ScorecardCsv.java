package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scorecard as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads "–" and "£"
 * correctly), CRLF line ends, ISO months as column headers, one row per indicator, the columns of
 * {@link ScorecardTable}.
 */
final class ScorecardCsv {
  private static final String BOM = "\uFEFF";

  private ScorecardCsv() {}

  static String write(ScorecardRecords.Scorecard scorecard) {
    ScorecardTable.Table table = ScorecardTable.of(scorecard);
    StringBuilder out = new StringBuilder(BOM);
    line(out, table.header());
    table.rows().forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object cell = cells.get(i);
      if (cell instanceof BigDecimal number) {
        out.append(number.toPlainString());
      } else if (cell instanceof Integer number) {
        out.append(number);
      } else if (cell != null) {
        out.append(quote(cell.toString()));
      }
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
