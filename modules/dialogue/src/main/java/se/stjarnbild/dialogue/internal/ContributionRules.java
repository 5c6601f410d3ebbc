package se.stjarnbild.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.stjarnbild.dialogue.ContributionInput;
import se.stjarnbild.dialogue.FieldProblem;

/** What a public contribution must be: some words (not too many, no markup left), and a usable e-mail only with consent. */
public final class ContributionRules {

    public static final int MAX_TEXT = 2_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContributionRules() {
    }

    /** {@code cleanText}: the text with markup removed. */
    public static List<FieldProblem> check(ContributionInput in, String cleanText) {
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanText.isEmpty()) {
            problems.add(new FieldProblem("text", "contribution.text.required"));
        } else if (cleanText.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "contribution.text.tooLong"));
        }
        boolean email = in.email() != null && !in.email().isBlank();
        if (email && (in.email().strip().length() > 254 || !EMAIL.matcher(in.email().strip()).matches())) {
            problems.add(new FieldProblem("email", "contribution.email.invalid"));
        } else if (email && !in.emailConsent()) {
            problems.add(new FieldProblem("emailConsent", "contribution.email.consent"));
        }
        return problems;
    }
}
