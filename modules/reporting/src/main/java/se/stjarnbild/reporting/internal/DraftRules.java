package se.stjarnbild.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.reporting.DraftInput;
import se.stjarnbild.reporting.document.RichText;

/** What a draft must satisfy to be saved, and what more it needs before a version can be generated. */
public final class DraftRules {

    /**
     * A registry number as registries write them: "KS 2026/123", "2026/123", "ks 2026/123", and with a
     * document's number after it, "KS 2026/123-1" or "KS 2026/123.2".
     */
    static final Pattern REGISTRY_NUMBER = Pattern.compile("([A-ZÅÄÖ]{1,10}\\s?)?\\d{4}/\\d{1,6}([-.:]\\d{1,4})?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final int REGISTRY_NUMBER_LENGTH = 40;

    private DraftRules() {
    }

    public static List<Problem> forSaving(DraftInput in) {
        List<Problem> problems = new ArrayList<>();
        if (blank(in.title())) {
            problems.add(Problem.of("title", "document.title.required"));
        } else if (in.title().strip().length() > 300) {
            problems.add(Problem.of("title", "document.tooLong", 300));
        }
        if (blank(in.unit())) {
            problems.add(Problem.of("unit", "document.unit.required"));
        }
        if (in.date() == null) {
            problems.add(Problem.of("date", "document.date.required"));
        }
        if (!blank(in.registryNumber()) && in.registryNumber().strip().length() > REGISTRY_NUMBER_LENGTH) {
            problems.add(Problem.of("registryNumber", "document.tooLong", REGISTRY_NUMBER_LENGTH));
        } else if (!blank(in.registryNumber()) && !REGISTRY_NUMBER.matcher(in.registryNumber().strip()).matches()) {
            problems.add(Problem.of("registryNumber", "document.dnr.invalid"));
        }
        for (int i = 0; i < in.decisionPoints().size(); i++) {
            if (in.decisionPoints().get(i) != null && in.decisionPoints().get(i).strip().length() > 2000) {
                problems.add(Problem.of("decisionPoints", "document.point.tooLong", i + 1, 2000));
            }
        }
        tooLong(problems, "summary", in.summary());
        tooLong(problems, "background", in.background());
        tooLong(problems, "consequencesEconomy", in.consequencesEconomy());
        tooLong(problems, "consequencesChildren", in.consequencesChildren());
        tooLong(problems, "consequencesEquality", in.consequencesEquality());
        if (in.basis() != null && in.basis().length() > 4000) {
            problems.add(Problem.of("basis", "document.tooLong", 4000));
        }
        if (in.recipients() != null && in.recipients().length() > 4000) {
            problems.add(Problem.of("recipients", "document.tooLong", 4000));
        }
        return problems;
    }

    /** A saved draft's gaps that stop a generation; stars without evidence are checked by the caller. */
    public static List<Problem> forGenerating(DraftInput in) {
        List<Problem> problems = new ArrayList<>();
        if (blank(in.registryNumber())) {
            problems.add(Problem.of("registryNumber", "document.dnr.required"));
        }
        if (in.decisionPoints().stream().allMatch(DraftRules::blank)) {
            problems.add(Problem.of("decisionPoints", "document.points.required"));
        }
        if (in.starIds().isEmpty()) {
            problems.add(Problem.of("stars", "document.stars.required"));
        }
        return problems;
    }

    private static void tooLong(List<Problem> problems, String field, String text) {
        if (text != null && (text.length() > 5 * RichText.MAX_LENGTH || RichText.clean(text).length() > RichText.MAX_LENGTH)) {
            problems.add(Problem.of(field, "document.text.tooLong", RichText.MAX_LENGTH));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
