package se.stjarnbild.meetings.internal;

import java.util.List;
import se.stjarnbild.meetings.PlainText;
import se.stjarnbild.meetings.RegistrationInput;
import se.stjarnbild.meetings.scheduling.Problem;

/**
 * A registration's fields checked and cleaned before it takes its turn at the meeting: nothing
 * here depends on who else has registered, so it need not wait in the queue.
 */
public record CleanRegistration(List<Problem> problems, String email, String name, String needs, String phone, Long districtId,
        boolean consent, boolean byStaff, String language) {

    public static CleanRegistration of(RegistrationInput input, boolean byStaff) {
        String phone = input.phone() == null || input.phone().isBlank() ? null : input.phone().trim();
        String needs = PlainText.clean(input.needs());
        return new CleanRegistration(List.copyOf(RegistrationRules.check(input, byStaff)), RegistrationRules.email(input),
                PlainText.clean(input.name()), needs.isEmpty() ? null : needs, phone, input.districtId(), input.consent(), byStaff,
                input.mailLanguage());
    }
}
