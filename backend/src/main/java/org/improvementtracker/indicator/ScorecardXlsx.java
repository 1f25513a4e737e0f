package org.improvementtracker.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The scorecard as an Excel workbook: the CSV's columns ({@link ScorecardTable}), figures as
 * numbers shown as the plan prints them (so they can be charted and summed), the header row frozen.
 */
final class ScorecardXlsx {
  private ScorecardXlsx() {}

  static byte[] write(ScorecardRecords.Scorecard scorecard) {
    ScorecardTable.Table table = ScorecardTable.of(scorecard);
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Scorecard");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle whole = workbook.createCellStyle();
      whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      CellStyle oneDecimal = workbook.createCellStyle();
      oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
      List<String> header = table.header();
      Row top = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        top.createCell(i).setCellValue(header.get(i));
        top.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (List<Object> cells : table.rows()) {
        Row line = sheet.createRow(r++);
        for (int c = 0; c < cells.size(); c++) {
          Object value = cells.get(c);
          if (value instanceof BigDecimal n) {
            var cell = line.createCell(c);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(n.scale() > 0 ? oneDecimal : whole);
          } else if (value instanceof Integer n) {
            line.createCell(c).setCellValue(n);
          } else if (value != null && !value.toString().isEmpty()) {
            line.createCell(c).setCellValue(value.toString());
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
