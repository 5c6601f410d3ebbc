package se.stjarnbild.webapp.setup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the process form, all checked at once so every field that needs fixing is named
 * in one answer: name and municipality required, a year the product can plan (2000–2100), and
 * each phase either left out (no dates) or given both dates, ending on or after its start.
 */
public final class ProcessRules {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    static final int NAME_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 2000;

    /** One thing to fix: the form field, the message key and its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private ProcessRules() {
    }

    /** The same rules over a process as saved (its year a number). */
    public static List<Problem> checkSaved(String name, String municipality, Integer year, String description,
            List<PhaseDates> phases) {
        return check(name, municipality, year == null ? null : year.toString(), description, phases);
    }

    /** The year as typed: digits only ("2026"); anything else is told with the other problems, not on its own. */
    public static Integer year(String typed) {
        String digits = typed == null ? "" : typed.strip();
        return digits.matches("[0-9]{1,6}") ? Integer.valueOf(digits) : null;
    }

    public static List<Problem> check(String name, String municipality, String yearText, String description,
            List<PhaseDates> phases) {
        List<Problem> problems = new ArrayList<>();
        name(problems, "name", name);
        name(problems, "municipality", municipality);
        Integer year = year(yearText);
        if (yearText == null || yearText.isBlank()) {
            problems.add(new Problem("year", "process.year.required"));
        } else if (year == null) {
            problems.add(new Problem("year", "process.year.invalid"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new Problem("year", "process.year.range", FIRST_YEAR, LAST_YEAR));
        }
        if (description != null && description.strip().length() > DESCRIPTION_LENGTH) {
            problems.add(new Problem("description", "setup.name.tooLong", DESCRIPTION_LENGTH, description.strip().length()));
        }
        for (PhaseDates phase : phases) {
            LocalDate start = phase.getStart();
            LocalDate end = phase.getEnd();
            if (start == null && end != null) {
                problems.add(new Problem(PhaseDates.field(phase.getKind(), "start"), "phase.startMissing"));
            } else if (start != null && end == null) {
                problems.add(new Problem(PhaseDates.field(phase.getKind(), "end"), "phase.endMissing"));
            } else if (start != null && (outside(start) || outside(end))) {
                problems.add(new Problem(PhaseDates.field(phase.getKind(), outside(start) ? "start" : "end"),
                        "phase.dateRange", FIRST_YEAR, LAST_YEAR));
            } else if (start != null && end.isBefore(start)) {
                problems.add(new Problem(PhaseDates.field(phase.getKind(), "end"), "phase.endBeforeStart"));
            } else if (start != null && year != null && year >= FIRST_YEAR && year <= LAST_YEAR
                    && (end.getYear() < year - 1 || start.getYear() > year + 1)) {
                // A process of 2027 with its phases in 2026: one of the two was typed wrong.
                problems.add(new Problem(PhaseDates.field(phase.getKind(), "start"), "phase.farFromYear", year));
            }
        }
        return problems;
    }

    /**
     * The process's new last day when it lies so far back that the nightly job would erase every
     * reference-group member's personal data (it does, retention days after the last phase), and it
     * is not the last day already saved: a mistyped year should be caught before that happens.
     */
    public static java.util.Optional<LocalDate> endErasesMembers(List<PhaseDates> phases, LocalDate savedLastDay,
            LocalDate today, int retentionDays) {
        java.util.Optional<LocalDate> last = phases.stream().map(PhaseDates::getEnd).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo);
        return last.filter(day -> day.isBefore(today.minusDays(retentionDays)) && !day.equals(savedLastDay));
    }

    private static boolean outside(LocalDate day) {
        return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR;
    }

    private static void name(List<Problem> problems, String field, String value) {
        try {
            Names.clean(field, value, NAME_LENGTH);
        } catch (SetupRefusal refused) {
            String key = "municipality".equals(field) && "setup.name.required".equals(refused.messageKey())
                    ? "process.municipality.required" : refused.messageKey();
            problems.add(new Problem(refused.field(), key, refused.arguments()));
        }
    }
}
