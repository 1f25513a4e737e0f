package org.improvementtracker.indicator;

import java.util.List;

/** The editable description of an indicator, validated from a request or read from demo data. */
public record IndicatorDetails(
    int number,
    String name,
    String area,
    String areaNote,
    Unit unit,
    Basis basis,
    Polarity polarity,
    Target target,
    String mtfp,
    List<String> flags,
    String dataStatus) {}
