package se.stjarnbild.referencegroups.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.referencegroups.MemberInput;

/** What a member's record must satisfy before it is kept; every broken rule names its field. */
public final class MemberRules {

    static final int MAX_YEARS_HERE = 120;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits with the signs people write numbers with, as the meetings' registration takes them. */
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{5,40}");

    private MemberRules() {
    }

    public static List<Problem> check(MemberInput in, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (blank(in.name())) {
            problems.add(Problem.of("name", "member.name.required"));
        } else if (in.name().strip().length() > 200) {
            problems.add(Problem.of("name", "member.tooLong", 200));
        }
        if (!blank(in.email()) && (in.email().strip().length() > 254 || !EMAIL.matcher(in.email().strip()).matches())) {
            problems.add(Problem.of("email", "member.email.invalid"));
        }
        if (!blank(in.phone()) && in.phone().strip().length() > 40) {
            problems.add(Problem.of("phone", "member.tooLong", 40));
        } else if (!blank(in.phone()) && !PHONE.matcher(in.phone().strip()).matches()) {
            problems.add(Problem.of("phone", "member.phone.invalid"));
        }
        if (!blank(in.postalAddress()) && in.postalAddress().strip().length() > 400) {
            problems.add(Problem.of("postalAddress", "member.tooLong", 400));
        }
        if (in.groupIds().isEmpty()) {
            problems.add(Problem.of("groups", "member.groups.required"));
        }
        if (in.joinedOn() == null) {
            problems.add(Problem.of("joinedOn", "member.joinedOn.required"));
        } else if (in.leftOn() != null && in.leftOn().isBefore(in.joinedOn())) {
            problems.add(Problem.of("leftOn", "member.leftOn.beforeJoined"));
        }
        if (in.recruitedHow() == null) {
            problems.add(Problem.of("recruitedHow", "member.recruitedHow.required"));
        }
        if (!in.consentGiven()) {
            problems.add(Problem.of("consentGiven", "member.consent.required"));
        } else if (in.consentDate() == null) {
            problems.add(Problem.of("consentDate", "member.consentDate.required"));
        } else if (in.consentDate().isAfter(today)) {
            problems.add(Problem.of("consentDate", "member.consentDate.future"));
        }
        if (in.yearsHere() != null && (in.yearsHere() < 0 || in.yearsHere() > MAX_YEARS_HERE)) {
            problems.add(Problem.of("yearsHere", "member.yearsHere.range", MAX_YEARS_HERE));
        }
        return problems;
    }

    /** E-mail as stored and compared: trimmed, lower case, null when empty. */
    public static String normalEmail(String email) {
        return blank(email) ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
