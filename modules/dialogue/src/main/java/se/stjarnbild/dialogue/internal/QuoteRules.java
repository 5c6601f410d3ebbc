package se.stjarnbild.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.model.dialogue.AttributionLevel;

/** The rules a quote's words (already cleaned by {@link QuoteText}) and attribution must meet. */
final class QuoteRules {

    private QuoteRules() {
    }

    static List<FieldProblem> check(String cleanText, AttributionLevel attribution) {
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanText.isEmpty()) {
            problems.add(new FieldProblem("quoteText", "quote.text.required"));
        } else if (cleanText.length() > QuoteText.MAX_LENGTH) {
            problems.add(new FieldProblem("quoteText", "quote.text.tooLong"));
        }
        if (attribution == null) {
            problems.add(new FieldProblem("attribution", "quote.attribution.required"));
        }
        return problems;
    }
}
