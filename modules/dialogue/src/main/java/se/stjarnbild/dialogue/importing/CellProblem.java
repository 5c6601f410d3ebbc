package se.stjarnbild.dialogue.importing;

/** A problem found in one cell, before the parser knows whether the row's problems are reported. */
record CellProblem(ImportColumn column, String messageKey, Object... args) {
}
