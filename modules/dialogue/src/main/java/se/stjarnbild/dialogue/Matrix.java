package se.stjarnbild.dialogue;

/** The matrix that shows staff what shines where: themes against districts or respondent categories. */
public interface Matrix {

    ThemeMatrix of(MatrixAxis axis);
}
