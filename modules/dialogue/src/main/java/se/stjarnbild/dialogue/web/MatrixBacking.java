package se.stjarnbild.dialogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stjarnbild.dialogue.Matrix;
import se.stjarnbild.dialogue.MatrixAxis;
import se.stjarnbild.dialogue.ThemeMatrix;

/** Backs dialogue/matrix.xhtml: themes against districts ({@code ?by=DISTRICT}) or categories ({@code ?by=CATEGORY}). */
@Named
@RequestScoped
public class MatrixBacking {

    @Inject
    private Matrix matrix;

    private MatrixAxis by = MatrixAxis.DISTRICT;
    private ThemeMatrix result;

    public ThemeMatrix getMatrix() {
        if (result == null) {
            result = matrix.of(by);
        }
        return result;
    }

    /** The quote list's parameter that a column's key fills in. */
    public String getColumnParameter() {
        return by == MatrixAxis.DISTRICT ? "district" : "category";
    }

    public boolean isByDistrict() {
        return by == MatrixAxis.DISTRICT;
    }

    public MatrixAxis getBy() {
        return by;
    }

    public void setBy(MatrixAxis by) {
        this.by = by == null ? MatrixAxis.DISTRICT : by;
    }
}
