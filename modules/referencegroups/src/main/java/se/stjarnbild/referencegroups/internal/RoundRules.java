package se.stjarnbild.referencegroups.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.referencegroups.RoundInput;

/** A round needs a title, a last day not yet passed, at least one group and at least one star. */
public final class RoundRules {

    private RoundRules() {
    }

    public static List<Problem> check(RoundInput in, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (in.title() == null || in.title().isBlank()) {
            problems.add(Problem.of("title", "round.title.required"));
        } else if (in.title().strip().length() > 200) {
            problems.add(Problem.of("title", "member.tooLong", 200));
        }
        if (in.closesOn() == null) {
            problems.add(Problem.of("closesOn", "round.closesOn.required"));
        } else if (in.closesOn().isBefore(today)) {
            problems.add(Problem.of("closesOn", "round.closesOn.past"));
        }
        if (in.groupIds().isEmpty()) {
            problems.add(Problem.of("groups", "round.groups.required"));
        }
        if (in.starIds().isEmpty()) {
            problems.add(Problem.of("stars", "round.stars.required"));
        }
        return problems;
    }

    /**
     * The day a round stopped taking answers: the day staff closed it, when they closed it before
     * its last day, else its last day.
     */
    public static LocalDate closedOn(Instant closedAt, LocalDate closesOn) {
        if (closedAt == null) {
            return closesOn;
        }
        LocalDate closed = LocalDate.ofInstant(closedAt, Today.ZONE);
        return closed.isBefore(closesOn) ? closed : closesOn;
    }
}
