package org.improvementtracker.action;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record ProgressUpdateResponse(
    Long id, LocalDate date, String author, String text, OffsetDateTime recordedAt) {}
