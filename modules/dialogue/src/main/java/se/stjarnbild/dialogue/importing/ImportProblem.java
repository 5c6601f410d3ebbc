package se.stjarnbild.dialogue.importing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing to fix in the file before it can be saved: the row as Excel numbers it (0 for the file as
 * a whole), the column as headed in the file (null when the problem is not about one column), and a
 * message key with its MessageFormat arguments.
 */
public record ImportProblem(int rowNumber, String column, String messageKey, List<Object> args) implements Serializable {

    public ImportProblem {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }
}
