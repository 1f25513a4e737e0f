package org.improvementtracker.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.improvementtracker.indicator.ScorecardRecords;
import org.improvementtracker.plan.Rag;

/**
 * Renders a highlight report as the PDF board pack: cover, contents, RAG summary, a page per
 * priority, the scorecard with charts, and the actions arising. The HTML comes from a Qute template
 * (templates/BoardPack/pack.html) and is laid out as PDF by openhtmltopdf, all on the server.
 */
@ApplicationScoped
public class BoardPack {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter AS_AT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance pack(Pack pack);
  }

  /** The report as the template shows it: every date, label and bar height worked out here. */
  public record Pack(
      ReportRecords.HighlightReport report,
      String title,
      String meetingDate,
      String asAt,
      String since,
      String nextMeeting,
      String version,
      List<RagRow> ragRows,
      List<Chart> charts,
      List<String> periods) {}

  public record RagRow(
      int number, String title, long red, long amber, long amberE, long green, long none) {}

  public record Chart(int priorityNumber, ReportRecords.IndicatorLine line, List<Bar> bars) {}

  public record Bar(String period, String display, int heightMm) {}

  public byte[] render(ReportRecords.HighlightReport report, String version) {
    String html = Templates.pack(pack(report, version)).render();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the board pack", e);
    }
  }

  static Pack pack(ReportRecords.HighlightReport report, String version) {
    return new Pack(
        report,
        report.boardName() + ": highlight report",
        DAY.format(report.meetingDate()),
        AS_AT.format(report.asAt().atZoneSameInstant(UK)),
        DAY.format(report.since()),
        DAY.format(report.nextMeeting()),
        version,
        report.priorities().stream()
            .map(
                p ->
                    new RagRow(
                        p.number(),
                        p.title(),
                        count(p, Rag.RED.name()),
                        count(p, Rag.AMBER.name()),
                        count(p, Rag.AMBER_E.name()),
                        count(p, Rag.GREEN.name()),
                        count(p, "NONE")))
            .toList(),
        report.priorities().stream()
            .flatMap(p -> p.indicators().stream().map(i -> chart(p.number(), i)))
            .toList(),
        report.scorecard().periods().stream().map(Object::toString).toList());
  }

  private static long count(ReportRecords.PrioritySection p, String key) {
    Long n = p.ragCounts().get(key);
    return n == null ? 0 : n;
  }

  /** Bars up to 20 mm tall, scaled to the largest figure shown (or the target, if larger). */
  private static Chart chart(int priority, ReportRecords.IndicatorLine line) {
    BigDecimal max =
        line.points().stream()
            .map(ReportRecords.Point::value)
            .reduce(
                line.targetValue() == null ? BigDecimal.ZERO : line.targetValue(), BigDecimal::max);
    List<Bar> bars =
        line.points().stream()
            .map(
                p ->
                    new Bar(
                        p.period().toString(),
                        p.display(),
                        max.signum() <= 0
                            ? 0
                            : p.value()
                                .multiply(BigDecimal.valueOf(20))
                                .divide(max, 0, RoundingMode.HALF_UP)
                                .max(BigDecimal.ONE)
                                .intValue()))
            .toList();
    return new Chart(priority, line, bars);
  }

  /** A scorecard row's figure for each month, as printed; blank where there is none. */
  public static List<String> figures(ScorecardRecords.Row row) {
    return row.values().stream().map(c -> c == null ? "" : c.display()).toList();
  }
}
