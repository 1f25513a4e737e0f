package org.improvementtracker.board;

import java.time.LocalDate;
import java.util.Comparator;
import org.improvementtracker.security.SecurityMapper;
import org.improvementtracker.security.SessionRecords;

/** Turns the board feature's entities into the records the API sends, in one place. */
final class BoardMapper {
  private BoardMapper() {}

  static BoardRecords.BoardResponse board(Board board, Meeting next) {
    return new BoardRecords.BoardResponse(
        board.getId(),
        board.getPlan().getId(),
        board.getName(),
        board.getChair(),
        board.getCadence(),
        board.getPurpose(),
        board.getSecretary() == null
            ? null
            : new BoardRecords.UserRef(
                board.getSecretary().getId(), board.getSecretary().getDisplayName()),
        board.getOrganisations().stream()
            .map(SecurityMapper::summary)
            .sorted(Comparator.comparing(SessionRecords.OrganisationSummary::name))
            .toList(),
        board.getPriorities().stream()
            .map(p -> new BoardRecords.PriorityRef(p.getId(), p.getNumber(), p.getTitle()))
            .sorted(Comparator.comparing(BoardRecords.PriorityRef::number))
            .toList(),
        summary(next),
        board.getVersion());
  }

  static BoardRecords.MeetingSummary summary(Meeting meeting) {
    return meeting == null
        ? null
        : new BoardRecords.MeetingSummary(meeting.getId(), meeting.getDate(), meeting.getStatus());
  }

  static BoardRecords.MeetingResponse meeting(Meeting meeting, Meeting previous, Meeting next) {
    return new BoardRecords.MeetingResponse(
        meeting.getId(),
        meeting.getBoard().getId(),
        meeting.getBoard().getName(),
        meeting.getBoard().getPlan().getId(),
        meeting.getDate(),
        meeting.getStatus(),
        meeting.getAttendees(),
        meeting.getMinutes(),
        meeting.getDecisions(),
        meeting.getSummary(),
        summary(previous),
        summary(next),
        meeting.getVersion());
  }

  static BoardRecords.ActionArisingResponse arising(ActionArising item, LocalDate today) {
    Meeting raisedAt = item.getMeeting();
    return new BoardRecords.ActionArisingResponse(
        item.getId(),
        raisedAt.getId(),
        raisedAt.getDate(),
        raisedAt.getBoard().getId(),
        raisedAt.getBoard().getName(),
        item.getBody(),
        item.getOwner(),
        item.getOwnerUser() == null ? null : item.getOwnerUser().getId(),
        item.getDueDate(),
        item.getStatus(),
        item.getClosedOn(),
        item.isOverdue(today),
        item.getVersion());
  }

  static BoardRecords.RiskResponse risk(Risk risk) {
    return new BoardRecords.RiskResponse(
        risk.getId(),
        risk.getMeeting().getId(),
        risk.getPriority() == null ? null : risk.getPriority().getId(),
        risk.getPriority() == null ? null : risk.getPriority().getNumber(),
        risk.getDescription(),
        risk.getLikelihood(),
        risk.getImpact(),
        risk.score(),
        risk.getOwner(),
        risk.getMitigation(),
        risk.getVersion());
  }
}
