package se.stjarnbild.dialogue;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** What a person entered breaks the rules; nothing was saved. Carries every problem, by field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
