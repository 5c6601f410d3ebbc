package se.stjarnbild.meetings.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the day, start and end an organiser types (always meant as Swedish wall-clock time) into
 * the instants we store, or says field by field why it cannot.
 * <p>
 * A meeting lies within one day, because the form has one date. So the end must be after the
 * start on that day; an end of 00:00 is refused too, since it would be the next day. Times that
 * do not exist (clocks go forward) or happen twice (clocks go back) are refused rather than
 * guessed, and so is a meeting that runs across a clock change, because its real length would
 * differ from what the clock on the wall shows, and people would arrive or leave at the wrong
 * time.
 */
public final class MeetingTime {

    /** All meetings are held in Sweden; the form shows and means this time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final ZoneRules RULES = ZONE.getRules();

    private MeetingTime() {
    }

    /** The instants, when there are no problems; otherwise no instants and at least one problem. */
    public record Result(Instant start, Instant end, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** A stored meeting as the form shows it: its Swedish day, start and end. */
    public record FormTime(LocalDate day, LocalTime start, LocalTime end) {
    }

    public static Result resolve(LocalDate day, LocalTime start, LocalTime end) {
        List<Problem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(Problem.of("date", "meeting.date.required"));
        }
        if (start == null) {
            problems.add(Problem.of("start", "meeting.start.required"));
        }
        if (end == null) {
            problems.add(Problem.of("end", "meeting.end.required"));
        }
        if (start != null && end != null) {
            problems.addAll(endAfterStart(start, end));
        }
        if (!problems.isEmpty()) {
            // The clock rules below need a whole, ordered meeting on a known day.
            return invalid(problems);
        }
        LocalDateTime localStart = day.atTime(start);
        LocalDateTime localEnd = day.atTime(end);
        problems.addAll(clockProblems("start", localStart));
        problems.addAll(clockProblems("end", localEnd));
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        Instant startInstant = localStart.atZone(ZONE).toInstant();
        Instant endInstant = localEnd.atZone(ZONE).toInstant();
        Duration onTheWall = Duration.between(localStart, localEnd);
        Duration real = Duration.between(startInstant, endInstant);
        if (!real.equals(onTheWall)) {
            return invalid(List.of(acrossClockChange(day, startInstant, real, onTheWall)));
        }
        return new Result(startInstant, endInstant, List.of());
    }

    /**
     * The other way round, to fill the form when a meeting is edited. A stored meeting always came
     * through {@link #resolve}, so it starts and ends on the same Swedish day.
     */
    public static FormTime toForm(Instant start, Instant end) {
        LocalDateTime localStart = LocalDateTime.ofInstant(start, ZONE);
        LocalDateTime localEnd = LocalDateTime.ofInstant(end, ZONE);
        return new FormTime(localStart.toLocalDate(), localStart.toLocalTime(), localEnd.toLocalTime());
    }

    private static List<Problem> endAfterStart(LocalTime start, LocalTime end) {
        if (end.isAfter(start)) {
            return List.of();
        }
        if (end.equals(LocalTime.MIDNIGHT)) {
            // Most likely meant "until midnight"; the form cannot say 24:00, so say what works.
            return List.of(Problem.of("end", "meeting.end.midnight"));
        }
        return List.of(Problem.of("end", "meeting.end.notAfterStart", start, end));
    }

    /** Whether this wall-clock time happens exactly once that day in Sweden. */
    private static List<Problem> clockProblems(String field, LocalDateTime local) {
        List<ZoneOffset> offsets = RULES.getValidOffsets(local);
        if (offsets.size() == 1) {
            return List.of();
        }
        ZoneOffsetTransition change = RULES.getTransition(local);
        LocalTime from = earlier(change);
        LocalTime until = later(change);
        String key = offsets.isEmpty() ? "meeting.time.doesNotExist" : "meeting.time.ambiguous";
        return List.of(Problem.of(field, key, local.toLocalDate(), local.toLocalTime(), from, until));
    }

    private static Problem acrossClockChange(LocalDate day, Instant start, Duration real, Duration onTheWall) {
        ZoneOffsetTransition change = RULES.nextTransition(start);
        // Pinned to the end, as moving the end before the change is the usual fix.
        return Problem.of("end", "meeting.time.acrossClockChange", day, real.toMinutes(), onTheWall.toMinutes(),
                earlier(change), later(change));
    }

    /** The wall-clock hour the change begins at, 02:00 both in spring and in autumn. */
    private static LocalTime earlier(ZoneOffsetTransition change) {
        LocalTime before = change.getDateTimeBefore().toLocalTime();
        LocalTime after = change.getDateTimeAfter().toLocalTime();
        return before.isBefore(after) ? before : after;
    }

    /** The wall-clock hour from which time is normal again, 03:00 both in spring and in autumn. */
    private static LocalTime later(ZoneOffsetTransition change) {
        LocalTime before = change.getDateTimeBefore().toLocalTime();
        LocalTime after = change.getDateTimeAfter().toLocalTime();
        return before.isBefore(after) ? after : before;
    }

    private static Result invalid(List<Problem> problems) {
        return new Result(null, null, problems);
    }
}
