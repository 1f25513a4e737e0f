package org.improvementtracker.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A calendar month, written YYYY-MM: the period of one monthly figure. */
@Schema(
    type = SchemaType.STRING,
    pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$",
    examples = "2023-03",
    description = "A month, written YYYY-MM")
public record Period(YearMonth month) implements Comparable<Period> {
  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM");

  /** Parses "2023-03"; anything else is refused with a message fit for a field error. */
  @JsonCreator
  public static Period of(String text) {
    if (text == null || !FORMAT.matcher(text.trim()).matches()) {
      throw new IllegalArgumentException("must be a month written YYYY-MM, e.g. 2023-03");
    }
    try {
      return new Period(YearMonth.parse(text.trim(), ISO));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a month written YYYY-MM, e.g. 2023-03");
    }
  }

  public Period minusMonths(int months) {
    return new Period(month.minusMonths(months));
  }

  public Period plusMonths(int months) {
    return new Period(month.plusMonths(months));
  }

  public boolean isAfter(Period other) {
    return month.isAfter(other.month);
  }

  @Override
  public int compareTo(Period other) {
    return month.compareTo(other.month);
  }

  @JsonValue
  @Override
  public String toString() {
    return month.format(ISO);
  }
}
