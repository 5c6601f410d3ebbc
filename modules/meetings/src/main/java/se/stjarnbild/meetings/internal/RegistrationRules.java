package se.stjarnbild.meetings.internal;

import se.stjarnbild.meetings.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.stjarnbild.meetings.RegistrationInput;
import se.stjarnbild.meetings.scheduling.Problem;

/** The rules a registration must meet that need no database; each broken rule names its field. */
final class RegistrationRules {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_NEEDS = 1_000;
    /** Deliberately plain: one @, no spaces, a dot in the domain. Mail servers decide the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[A-Za-z]{2,}");
    /** A name is never a link: refused, so the confirmation mail cannot carry someone else's message. */
    private static final Pattern LINK = Pattern.compile("(?i)(://|www\\.|@|\\.(se|com|net|org|nu|io)\\b)");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{5,40}");

    private RegistrationRules() {
    }

    /** {@code byStaff}: an e-mail or a phone number will do, and consent is taken on the phone. */
    static List<Problem> check(RegistrationInput in, boolean byStaff) {
        List<Problem> problems = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().trim();
        if (name.isEmpty()) {
            problems.add(Problem.of("name", byStaff ? "registration.name.requiredStaff" : "registration.name.required"));
        } else if (PlainText.hasMarkup(name) || LINK.matcher(name).find()) {
            problems.add(Problem.of("name", "registration.name.markup"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.of("name", "registration.name.tooLong", MAX_NAME));
        }
        String email = email(in);
        String phone = in.phone() == null ? "" : in.phone().trim();
        if (email.isEmpty() && (!byStaff || phone.isEmpty())) {
            problems.add(Problem.of("email", byStaff ? "registration.contact.required" : "registration.email.required"));
        } else if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(Problem.of("email", "registration.email.invalid"));
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(Problem.of("phone", "registration.phone.invalid"));
        }
        if (PlainText.clean(in.needs()).length() > MAX_NEEDS) {
            problems.add(Problem.of("needs", "registration.needs.tooLong", MAX_NEEDS));
        }
        if (!byStaff && !in.consent()) {
            problems.add(Problem.of("consent", "registration.consent.required"));
        }
        return problems;
    }

    /** The address as stored and compared: trimmed, lower case. */
    static String email(RegistrationInput in) {
        return in.email() == null ? "" : in.email().trim().toLowerCase(java.util.Locale.ROOT);
    }
}
