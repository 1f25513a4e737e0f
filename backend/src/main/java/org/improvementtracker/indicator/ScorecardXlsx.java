package org.improvementtracker.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The scorecard as an Excel workbook: the same columns as the CSV, figures as numbers (so they can
 * be charted and summed), the header row frozen.
 */
final class ScorecardXlsx {
  private ScorecardXlsx() {}

  static byte[] write(ScorecardRecords.Scorecard scorecard) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Scorecard");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      List<String> header = ScorecardCsv.header(scorecard);
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        top.createCell(i).setCellValue(header.get(i));
        top.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (ScorecardRecords.Area area : scorecard.areas()) {
        for (ScorecardRecords.Row row : area.indicators()) {
          Row line = sheet.createRow(r++);
          List<Object> cells = new ArrayList<>();
          cells.add(row.number());
          cells.addAll(ScorecardCsv.leading(area, row).subList(1, 5));
          row.values().forEach(c -> cells.add(c == null ? null : c.value()));
          cells.addAll(ScorecardCsv.trailing(row));
          for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number n) {
              line.createCell(c).setCellValue(n.doubleValue());
            } else if (value != null) {
              line.createCell(c).setCellValue(value.toString());
            }
          }
        }
      }
      sheet.createFreezePane(2, 1);
      sheet.setColumnWidth(1, 60 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the scorecard workbook", e);
    }
  }
}
