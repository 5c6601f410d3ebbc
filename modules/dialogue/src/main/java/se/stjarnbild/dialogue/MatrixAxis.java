package se.stjarnbild.dialogue;

/** What the matrix's columns are: the districts, or the respondent categories of the interviews. */
public enum MatrixAxis {
    DISTRICT,
    CATEGORY
}
