package se.stjarnbild.dialogue.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What the file would save, and everything that stops it. Shown to the person before anything is
 * written; saving is all or nothing, so one problem anywhere blocks the whole file.
 */
public record ImportPreview(List<ImportedInterview> interviews, List<ImportProblem> problems, int rowCount,
        int quoteCount) implements Serializable {

    public ImportPreview {
        interviews = List.copyOf(interviews);
        problems = List.copyOf(problems);
    }

    public boolean canSave() {
        return problems.isEmpty() && quoteCount > 0;
    }
}
