package org.improvementtracker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.improvementtracker.board.ActionArising;
import org.improvementtracker.board.Board;
import org.improvementtracker.board.BoardDetails;
import org.improvementtracker.board.Cadence;
import org.improvementtracker.board.Meeting;
import org.improvementtracker.board.MeetingDetails;
import org.improvementtracker.plan.Plan;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.User;

/**
 * The boards named in the plan's governance section, with the cadence and chair it gives and the
 * priorities each oversees as the plan describes, plus the first meetings the plan records.
 */
@ApplicationScoped
class DemoBoards {

  private record BoardData(
      String name,
      String chair,
      Cadence cadence,
      String purpose,
      List<Integer> priorities,
      boolean partners) {}

  static final String IMPROVEMENT_BOARD = "Children's Improvement Board";

  private static final List<Integer> ALL = List.of();

  private static final List<BoardData> BOARDS =
      List.of(
          new BoardData(
              IMPROVEMENT_BOARD,
              "Theresa Leavy (Independent Chair)",
              Cadence.MONTHLY,
              "Drives the strategic implementation of the plan, with support and challenge.",
              ALL,
              true),
          new BoardData(
              "Children's Programme Board",
              "Director of Children's Services",
              Cadence.MONTHLY,
              "Oversees the implementation of the plan and its alignment to the MTFP.",
              ALL,
              false),
          new BoardData(
              "Outcomes for Children and Quality Assurance Forum",
              "Director of Children's Services",
              Cadence.MONTHLY,
              "Heads of Service review data, learning from quality assurance and feedback.",
              List.of(3, 5),
              false),
          new BoardData(
              "Front Door Improvement Board",
              "Service Director",
              Cadence.FORTNIGHTLY,
              "Delivery of the Front Door Improvement Plan and the focused visit's priority"
                  + " actions.",
              List.of(2),
              true),
          new BoardData(
              "Strategic System Leadership Board",
              "Chief Executive",
              Cadence.QUARTERLY,
              "Senior leaders of statutory and voluntary organisations across the city.",
              List.of(1),
              true),
          new BoardData(
              "Lead Member performance meeting",
              "Lead Member for Children's Services",
              Cadence.MONTHLY,
              "Monthly performance meeting with a highlight report of progress, challenges and"
                  + " risks.",
              ALL,
              false),
          new BoardData(
              "DMT/SMT",
              "Director of Children's Services",
              Cadence.MONTHLY,
              "Departmental and senior management teams: monthly performance reporting.",
              List.of(3, 4, 5, 6),
              false));

  @Inject EntityManager em;

  void load(
      Plan plan,
      Map<Integer, Priority> priorities,
      Organisation council,
      Set<Organisation> partners,
      User secretary,
      OffsetDateTime publishedAt,
      LocalDate today) {
    for (BoardData data : BOARDS) {
      Set<Organisation> members = new LinkedHashSet<>();
      members.add(council);
      if (data.partners()) {
        members.addAll(partners);
      }
      Set<Priority> overseen = new LinkedHashSet<>();
      data.priorities().forEach(n -> overseen.add(priorities.get(n)));
      Board board =
          new Board(
              plan,
              new BoardDetails(
                  data.name(),
                  data.chair(),
                  data.cadence(),
                  data.purpose(),
                  secretary,
                  members,
                  overseen),
              publishedAt);
      em.persist(board);
      if (data.name().equals(IMPROVEMENT_BOARD)) {
        meetings(board, publishedAt, today);
      }
    }
  }

  /** The first meeting the plan records (2 March 2023), and the board's next one. */
  private void meetings(Board board, OffsetDateTime publishedAt, LocalDate today) {
    Meeting first =
        new Meeting(
            board,
            new MeetingDetails(
                LocalDate.of(2023, 3, 2),
                Meeting.Status.HELD,
                List.of(
                    "Independent Chair",
                    "Lead Member for Children's Services",
                    "Director of Children's Services",
                    "Service Director",
                    "Devon and Cornwall Police",
                    "NHS Devon"),
                "First meeting of the Improvement Board. The plan, its governance and the"
                    + " focused visit's priority actions were presented.",
                "Elected members attend every Improvement Board; monthly highlight reports to"
                    + " the Lead Member."),
            publishedAt);
    em.persist(first);
    em.persist(
        new ActionArising(
            first,
            "Report the first Learning and Impact forum's findings to the board",
            "QA Lead",
            null,
            LocalDate.of(2023, 4, 30),
            publishedAt));
    em.persist(
        new Meeting(
            board,
            new MeetingDetails(today.plusDays(7), Meeting.Status.PLANNED, List.of(), "", ""),
            publishedAt));
  }
}
