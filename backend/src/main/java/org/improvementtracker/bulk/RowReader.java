package org.improvementtracker.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.improvementtracker.common.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an upload row by row without holding it in memory: CSV (commons-csv over a strict UTF-8
 * decoder), JSON (Jackson's streaming parser) or an Excel workbook's first sheet (POI's streaming
 * SAX reader). A file that cannot be read as a whole (empty, wrong header, not UTF-8, a line too
 * long, cut short) is refused with an {@link InvalidInputException} on the field {@code file}; a
 * row that is malformed on its own is reported to the handler with its line.
 */
final class RowReader {
  /** The longest line accepted: a figure row is a few dozen characters, a note a paragraph. */
  static final int MAX_LINE_CHARS = 100_000;

  /** The columns that hold a month (YYYY-MM): a date typed in Excel there is its month. */
  private static final Set<String> MONTH_COLUMNS = Set.of("period", "month");

  static final String CSV = "text/csv";
  static final String JSON = "application/json";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private RowReader() {}

  /** The columns of one kind of upload: all required ones must be in the header. */
  record Columns(List<String> required, List<String> optional) {
    List<String> all() {
      List<String> all = new ArrayList<>(required);
      all.addAll(optional);
      return all;
    }

    String header() {
      return String.join(",", all());
    }
  }

  /** Receives the rows in file order. */
  interface RowHandler {
    /** A row's cells by column name; an empty cell is absent. */
    void row(int line, Map<String, String> cells);

    /** A row that cannot be split into the header's columns. */
    void malformed(int line, String column, String value, String reason);
  }

  static void read(
      InputStream in, String mediaType, Columns columns, String jsonArray, RowHandler handler) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    try {
      if (type.startsWith(CSV)) {
        csv(in, columns, handler);
      } else if (type.startsWith(JSON)) {
        json(in, columns, jsonArray, handler);
      } else if (type.startsWith(XLSX)) {
        xlsx(in, columns, handler);
      } else {
        throw refused("must be sent as text/csv, application/json or an .xlsx workbook");
      }
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static InvalidInputException refused(String message) {
    return new InvalidInputException("file", message);
  }

  private static InvalidInputException unreadable(IOException e) {
    if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
      return refused(
          "is not UTF-8 text: save it from Excel as \"CSV UTF-8 (comma delimited)\" and upload"
              + " it again");
    }
    if (e instanceof LineTooLongException tooLong) {
      return refused(tooLong.getMessage());
    }
    if (e instanceof UploadCutShortException) {
      return refused(e.getMessage());
    }
    if (e instanceof JsonProcessingException json) {
      return refused("is not valid JSON: " + json.getOriginalMessage());
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("EOF") || message.contains("encapsulated token")) {
      return refused(
          "ends inside a quoted field: the upload was cut short or a quote is not closed ("
              + message
              + ")");
    }
    return refused("could not be read to the end: the upload was cut short (" + message + ")");
  }

  private static void csv(InputStream in, Columns columns, RowHandler handler) throws IOException {
    Reader reader =
        new LineLimitReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    try (CSVParser parser = format.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = null;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = (int) record.getRecordNumber();
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (header == null) {
          List<String> names = new ArrayList<>(record.toList());
          names.set(0, names.get(0).replace("\uFEFF", ""));
          header = checkedHeader(names, columns);
          continue;
        }
        if (record.size() != header.size()) {
          handler.malformed(
              line,
              null,
              null,
              "has " + record.size() + " fields where the header has " + header.size());
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        boolean broken = false;
        for (int i = 0; i < header.size(); i++) {
          String value = record.get(i).trim();
          if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            handler.malformed(
                line,
                header.get(i),
                value.lines().findFirst().orElse(""),
                "contains a line break inside quotes: each row must be on one line");
            broken = true;
          } else if (!value.isEmpty()) {
            cells.put(header.get(i), value);
          }
        }
        if (!broken) {
          handler.row(line, cells);
        }
      }
      if (header == null) {
        throw refused("is empty: it needs the header line " + columns.header() + " and rows");
      }
    }
  }

  /** The header's column names in order, or a refusal naming what is missing or unknown. */
  private static List<String> checkedHeader(List<String> names, Columns columns) {
    // Names match whatever their case (workerReference, workerreference); cells carry the column's.
    Map<String, String> byLowerCase = new HashMap<>();
    columns.all().forEach(c -> byLowerCase.put(c.toLowerCase(Locale.ROOT), c));
    List<String> header =
        names.stream()
            .map(n -> n.trim().toLowerCase(Locale.ROOT))
            .map(n -> byLowerCase.getOrDefault(n, n))
            .toList();
    List<String> problems = new ArrayList<>();
    for (String required : columns.required()) {
      if (!header.contains(required)) {
        problems.add("lacks the column \"" + required + "\"");
      }
    }
    for (String name : header) {
      if (!columns.all().contains(name)) {
        problems.add("has the unknown column \"" + name + "\"");
      } else if (header.indexOf(name) != header.lastIndexOf(name)) {
        problems.add("has the column \"" + name + "\" twice");
      }
    }
    if (!problems.isEmpty()) {
      throw refused(
          "has a wrong header: it "
              + String.join(", ", problems.stream().distinct().toList())
              + "; the header is "
              + columns.header()
              + " (optional columns may be left out)");
    }
    return header;
  }

  private static void json(InputStream in, Columns columns, String array, RowHandler handler)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonParser parser = mapper.getFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw refused("is empty: send {\"" + array + "\": [ … ]}");
      }
      if (first != JsonToken.START_OBJECT) {
        throw refused("must be a JSON object {\"" + array + "\": [ … ]}");
      }
      boolean seen = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        if (!field.equals(array) || token != JsonToken.START_ARRAY) {
          throw refused("must be a JSON object with one array \"" + array + "\"");
        }
        seen = true;
        int line = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          line++;
          JsonNode node = parser.readValueAsTree();
          Map<String, String> cells = new LinkedHashMap<>();
          List<String> unknown = new ArrayList<>();
          node.fieldNames()
              .forEachRemaining(
                  name -> {
                    JsonNode value = node.get(name);
                    if (!columns.all().contains(name)) {
                      unknown.add(name);
                    } else if (!value.isNull()) {
                      cells.put(name, cell(value));
                    }
                  });
          if (!unknown.isEmpty()) {
            handler.malformed(
                line, unknown.get(0), null, "is not a field of this upload: " + columns.header());
          } else {
            handler.row(line, cells);
          }
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
          throw refused("\"" + array + "\" must hold only objects");
        }
      }
      if (!seen) {
        throw refused("must be a JSON object {\"" + array + "\": [ … ]}");
      }
    }
  }

  /** A JSON value as a cell: a number as written, a list (themes) as one cell with semicolons. */
  private static String cell(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText().trim()));
      return String.join(";", items);
    }
    return value.asText().trim();
  }

  private static void xlsx(InputStream in, Columns columns, RowHandler handler) throws IOException {
    Path file = Files.createTempFile("bulk-upload", ".xlsx");
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      if (Files.size(file) == 0) {
        throw refused("is empty: it needs a header row " + columns.header() + " and rows");
      }
      try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
          throw refused("has no sheet");
        }
        RawNumbers numbers = new RawNumbers();
        SheetRows rows = new SheetRows(columns, handler, numbers);
        try (InputStream sheet = sheets.next()) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(
                  reader.getStylesTable(),
                  null,
                  new ReadOnlySharedStringsTable(workbook),
                  rows,
                  numbers,
                  false));
          parser.parse(new InputSource(sheet));
        }
        if (rows.header == null) {
          throw refused("is empty: its first sheet needs a header row " + columns.header());
        }
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (UploadCutShortException e) {
      throw e;
    } catch (Exception e) {
      throw refused("is not an Excel workbook (.xlsx) that can be read: " + e.getMessage());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The rows of a sheet as SAX events arrive; the first non-empty row is the header. */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Columns columns;
    private final RowHandler handler;
    private List<String> header;
    private final RawNumbers numbers;
    private final Map<Integer, String> cells = new HashMap<>();

    SheetRows(Columns columns, RowHandler handler, RawNumbers numbers) {
      this.columns = columns;
      this.handler = handler;
      this.numbers = numbers;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      boolean date = numbers.tookDate();
      if (value != null && !value.isBlank()) {
        int column = new CellReference(reference).getCol();
        cells.put(column, date && isMonthColumn(column) ? value.substring(0, 7) : value.trim());
      }
    }

    /** A date cell in a month column (period, month) is its month; elsewhere it is its day. */
    private boolean isMonthColumn(int column) {
      return header != null && column < header.size() && MONTH_COLUMNS.contains(header.get(column));
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.isEmpty()) {
        return;
      }
      int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      if (header == null) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          names.add(cells.getOrDefault(i, ""));
        }
        header = checkedHeader(names, columns);
        return;
      }
      if (width > header.size()) {
        handler.malformed(
            rowNum + 1, null, null, "has cells beyond the header's " + header.size() + " columns");
        return;
      }
      Map<String, String> row = new HashMap<>();
      cells.forEach((column, value) -> row.put(header.get(column), value));
      handler.row(rowNum + 1, row);
    }
  }

  /**
   * Cell values as typed, not as displayed: 0.65 formatted as a percentage is 0.65 (the sense check
   * then asks about it), and a date cell is its day, YYYY-MM-DD (its month in a month column).
   */
  private static final class RawNumbers extends DataFormatter {
    private boolean date;

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        date = true;
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the cell just formatted was a date; each cell is formatted just before it arrives.
     */
    boolean tookDate() {
      boolean took = date;
      date = false;
      return took;
    }
  }

  /** A line longer than {@link #MAX_LINE_CHARS}. */
  static final class LineTooLongException extends IOException {
    LineTooLongException(int line) {
      super(
          "line "
              + line
              + " is longer than "
              + MAX_LINE_CHARS
              + " characters: it is not a row of figures");
    }
  }

  /** The body ended before its announced length: the client stopped sending. */
  static final class UploadCutShortException extends IOException {
    UploadCutShortException(long received, long expected) {
      super(
          "was cut short: "
              + received
              + " of "
              + expected
              + " bytes arrived; nothing was written, send it again");
    }
  }

  /** Refuses a line longer than {@link #MAX_LINE_CHARS} before the parser buffers it. */
  private static final class LineLimitReader extends FilterReader {
    private int line = 1;
    private int length;

    LineLimitReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
      int n = super.read(buffer, offset, count);
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '\n') {
          line++;
          length = 0;
        } else if (++length > MAX_LINE_CHARS) {
          throw new LineTooLongException(line);
        }
      }
      return n;
    }
  }
}
