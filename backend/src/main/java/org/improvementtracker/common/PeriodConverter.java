package org.improvementtracker.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Period} as its "YYYY-MM" text, which also sorts correctly. */
@Converter(autoApply = true)
public class PeriodConverter implements AttributeConverter<Period, String> {
  @Override
  public String convertToDatabaseColumn(Period period) {
    return period == null ? null : period.toString();
  }

  @Override
  public Period convertToEntityAttribute(String text) {
    return text == null ? null : Period.of(text);
  }
}
