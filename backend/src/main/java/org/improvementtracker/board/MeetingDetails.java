package org.improvementtracker.board;

import java.time.LocalDate;
import java.util.List;

public record MeetingDetails(
    LocalDate date,
    Meeting.Status status,
    List<String> attendees,
    String minutes,
    String decisions) {}
