package org.improvementtracker.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorecard as one table for the CSV and the workbook alike: labels rather than codes ("Off
 * target", "Rate per 10,000", "Lower is better"), figures as numbers rounded as the plan prints
 * them (whole counts, one decimal otherwise) with the unit in its own column, and the months whose
 * figures are provisional named in a column of their own. A cell is a String, a BigDecimal, an
 * Integer or null (empty).
 */
final class ScorecardTable {
  private ScorecardTable() {}

  /** The header and the rows, one per indicator in area order. */
  record Table(List<String> header, List<List<Object>> rows) {}

  static Table of(ScorecardRecords.Scorecard scorecard) {
    List<String> header = new ArrayList<>(List.of("Number", "Indicator", "Area", "Unit", "Basis"));
    for (var period : scorecard.periods()) {
      header.add(period.toString());
    }
    header.add("Provisional figures");
    header.add("Target");
    header.add("Compared with");
    header.add("Direction of travel");
    header.add("Status");
    header.add("Distance to target");
    header.addAll(List.of("Polarity", "MTFP link", "Flags", "Data status"));

    List<List<Object>> rows = new ArrayList<>();
    for (ScorecardRecords.Area area : scorecard.areas()) {
      String areaName = area.area() + (area.areaNote() == null ? "" : " (" + area.areaNote() + ")");
      for (ScorecardRecords.Row row : area.indicators()) {
        Unit unit = row.unit();
        List<Object> cells = new ArrayList<>();
        cells.add(row.number());
        cells.add(row.name());
        cells.add(areaName);
        cells.add(unit.label());
        cells.add(row.basis().label());
        List<String> provisional = new ArrayList<>();
        for (int i = 0; i < row.values().size(); i++) {
          ScorecardRecords.Cell cell = row.values().get(i);
          cells.add(cell == null ? null : unit.printed(cell.value()));
          if (cell != null && cell.status() == ValueStatus.PROVISIONAL) {
            provisional.add(scorecard.periods().get(i).toString());
          }
        }
        cells.add(String.join(" ", provisional));
        IndicatorRecords.TargetBody target = row.target();
        cells.add(
            switch (target.kind()) {
              case NUMERIC -> target.value() == null ? null : unit.printed(target.value());
              case MONITOR -> "Monitor";
              case TBC -> "TBC";
            });
        cells.add(target.comparator());
        cells.add(row.direction().label());
        cells.add(row.targetStatus().label());
        BigDecimal distance = row.distanceToTarget();
        cells.add(distance == null ? null : unit.printed(distance));
        cells.add(row.polarity().label());
        cells.add(row.mtfp());
        cells.add(String.join(" ", row.flags()));
        cells.add(row.dataStatus());
        rows.add(cells);
      }
    }
    return new Table(header, rows);
  }
}
