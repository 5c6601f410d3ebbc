package se.stjarnbild.dialogue.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.dialogue.Codebook;
import se.stjarnbild.dialogue.MatrixAxis;
import se.stjarnbild.dialogue.Matrix;
import se.stjarnbild.dialogue.ThemeMatrix;
import se.stjarnbild.dialogue.ThemeRow;
import se.stjarnbild.model.dialogue.RespondentCategory;
import se.stjarnbild.model.geography.District;

/**
 * The matrix from two grouped queries: one for sub-themes (their own codings) and one for top
 * themes (own and sub-themes' codings, each quote once), so a cell equals what the quote list
 * shows when filtered by that theme and column.
 */
@Stateless
public class JpaMatrix implements Matrix {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Codebook codebook;

    @Override
    public ThemeMatrix of(MatrixAxis axis) {
        List<ThemeMatrix.Column> columns = columns(axis);
        String columnSql = axis == MatrixAxis.DISTRICT ? "q.district_id" : "i.respondent_category";
        String join = axis == MatrixAxis.DISTRICT ? "" : " join interview i on i.id = q.interview_id";
        Map<String, Long> own = cells("select qt.theme_id, " + columnSql + ", count(*) from quote_theme qt "
                + "join quote q on q.id = qt.quote_id" + join + " group by qt.theme_id, " + columnSql);
        Map<String, Long> withSubThemes = cells("select coalesce(t.parent_id, t.id), " + columnSql
                + ", count(distinct q.id) from quote_theme qt join theme t on t.id = qt.theme_id "
                + "join quote q on q.id = qt.quote_id" + join + " group by coalesce(t.parent_id, t.id), " + columnSql);
        List<ThemeMatrix.Row> rows = new ArrayList<>();
        for (ThemeRow theme : codebook.themes()) {
            Map<String, Long> source = theme.topLevel() ? withSubThemes : own;
            long[] cells = new long[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = source.getOrDefault(theme.id() + "|" + columns.get(c).key(), 0L);
            }
            rows.add(new ThemeMatrix.Row(theme.id(), theme.name(), theme.topLevel(),
                    Arrays.stream(cells).boxed().toList(), Arrays.stream(cells).sum()));
        }
        return new ThemeMatrix(axis, columns, rows);
    }

    private List<ThemeMatrix.Column> columns(MatrixAxis axis) {
        if (axis == MatrixAxis.DISTRICT) {
            return em.createNamedQuery(District.ALL, District.class).getResultStream()
                    .map(d -> new ThemeMatrix.Column(String.valueOf(d.getId()), d.getName())).toList();
        }
        return Arrays.stream(RespondentCategory.values()).map(c -> new ThemeMatrix.Column(c.name(), c.name())).toList();
    }

    /** Counts keyed "themeId|column". */
    private Map<String, Long> cells(String sql) {
        Map<String, Long> cells = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                cells.put(((Number) r[0]).longValue() + "|" + r[1], ((Number) r[2]).longValue());
            }
        }
        return cells;
    }
}
