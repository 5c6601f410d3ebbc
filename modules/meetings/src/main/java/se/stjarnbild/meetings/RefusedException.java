package se.stjarnbild.meetings;

import jakarta.ejb.ApplicationException;
import java.util.List;
import se.stjarnbild.meetings.scheduling.Problem;

/** What someone entered breaks the rules; nothing was saved. Carries every problem, by field. */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RefusedException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static RefusedException of(String field, String messageKey, Object... args) {
        return new RefusedException(List.of(new Problem(field, messageKey, List.of(args))));
    }

    public List<Problem> problems() {
        return problems;
    }
}
