package org.improvementtracker.board;

import java.util.Set;
import org.improvementtracker.plan.Priority;
import org.improvementtracker.security.Organisation;
import org.improvementtracker.security.User;

/** A board's fields, resolved from a request (or the demo data). */
public record BoardDetails(
    String name,
    String chair,
    Cadence cadence,
    String purpose,
    User secretary,
    Set<Organisation> organisations,
    Set<Priority> priorities) {}
