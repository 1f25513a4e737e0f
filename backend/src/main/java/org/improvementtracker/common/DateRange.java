package org.improvementtracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The dates a plan can hold. Java reads "169087565-03-15" as a date, but PostgreSQL cannot store or
 * compute with it, so a typo in a year would otherwise surface as a server error far from the field
 * that caused it. Every JSON date and date parameter passes through here.
 */
@Singleton
public class DateRange implements ObjectMapperCustomizer {
  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2999;
  public static final String REFUSAL =
      "must be a date between " + FIRST_YEAR + " and " + LAST_YEAR + ", written YYYY-MM-DD";

  public static boolean refused(LocalDate date) {
    return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR;
  }

  /** After the customizer that registers Java's date types, so that this reading of dates wins. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("date-range").addDeserializer(LocalDate.class, new Dates()));
  }

  /** Jackson's own date reading, then the range; the error names the field by its JSON path. */
  static final class Dates extends StdScalarDeserializer<LocalDate> {
    Dates() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
      if (date != null && refused(date)) {
        throw JsonMappingException.from(parser, REFUSAL, new IllegalArgumentException(REFUSAL));
      }
      return date;
    }
  }
}
