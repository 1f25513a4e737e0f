package org.improvementtracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @Test
  void shouldReadAndOrderMonths() {
    Period march = Period.of("2023-03");
    assertEquals("2023-03", march.toString());
    assertEquals("2022-10", march.minusMonths(5).toString());
    assertTrue(march.isAfter(Period.of("2022-12")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-13", "2023-00", "23-03", "2023/03", "March 23", "2023-3", ""})
  void shouldRefuseMalformedMonths(String text) {
    assertThrows(IllegalArgumentException.class, () -> Period.of(text));
  }
}
