package se.stjarnbild.dialogue.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems and hands them back in reading order: by row, and within a row from left to right
 * as the columns stand in the file (problems about the whole row first), so the list reads like the
 * sheet itself.
 */
final class ProblemList {

    private record Entry(ImportProblem problem, int columnIndex) {
    }

    private static final Comparator<Entry> READING_ORDER = Comparator
            .comparingInt((Entry e) -> e.problem().rowNumber())
            .thenComparingInt(Entry::columnIndex);

    private final List<Entry> entries = new ArrayList<>();

    /** @param columnIndex the column's place in the file, or -1 when the problem names no column */
    void add(int rowNumber, int columnIndex, String column, String messageKey, Object... args) {
        entries.add(new Entry(new ImportProblem(rowNumber, column, messageKey, Arrays.asList(args)), columnIndex));
    }

    List<ImportProblem> sorted() {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(READING_ORDER);
        return copy.stream().map(Entry::problem).toList();
    }
}
