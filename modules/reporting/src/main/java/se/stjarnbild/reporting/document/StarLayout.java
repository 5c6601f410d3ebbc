package se.stjarnbild.reporting.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each star of the star picture goes: stars for the whole municipality in rows across the
 * band at the top, the others stacked in their districts' columns. The picture grows with the
 * most crowded row or column, so no star is drawn over another however many there are.
 */
final class StarLayout {

    static final int WIDTH = 960;
    static final double STEP = 96;
    static final double BAND_TOP = 44;
    static final double MAX_RADIUS = 44;

    /** One drawn star: its centre, its radius and its number in the table. */
    record Placed(double x, double y, double radius, int number) {
    }

    final List<Placed> placed = new ArrayList<>();
    final double columnsTop;
    final int height;
    final double columnWidth;

    StarLayout(List<String> districts, List<StarSection> stars) {
        int columns = Math.max(1, districts.size());
        columnWidth = (WIDTH - 20.0) / columns;
        int perBandRow = Math.max(1, (int) ((WIDTH - 20) / STEP));
        int whole = (int) stars.stream().filter(s -> s.districts().isEmpty()).count();
        int bandRows = Math.max(1, (whole + perBandRow - 1) / perBandRow);
        int[] inColumn = new int[columns];
        for (StarSection star : stars) {
            for (String district : star.districts()) {
                inColumn[Math.max(0, districts.indexOf(district))]++;
            }
        }
        int deepest = 3;
        for (int count : inColumn) {
            deepest = Math.max(deepest, count);
        }
        columnsTop = BAND_TOP + bandRows * STEP;
        height = (int) Math.ceil(columnsTop + 10 + deepest * STEP + 50);

        long most = stars.stream().mapToLong(StarSection::evidence).max().orElse(1);
        int[] used = new int[columns];
        int wideIndex = 0;
        for (int n = 0; n < stars.size(); n++) {
            StarSection star = stars.get(n);
            double radius = Math.min(MAX_RADIUS, 14 + 30 * Math.sqrt((double) star.evidence() / Math.max(1, most)));
            if (star.districts().isEmpty()) {
                int row = wideIndex / perBandRow;
                int inRow = Math.min(perBandRow, whole - row * perBandRow);
                int position = wideIndex % perBandRow;
                double x = WIDTH / 2.0 + (position - (inRow - 1) / 2.0) * STEP;
                placed.add(new Placed(x, BAND_TOP + row * STEP + STEP / 2, radius, n + 1));
                wideIndex++;
                continue;
            }
            for (String district : star.districts()) {
                int column = Math.max(0, districts.indexOf(district));
                double x = 10 + column * columnWidth + columnWidth / 2;
                double y = columnsTop + 10 + STEP / 2 + used[column]++ * STEP;
                placed.add(new Placed(x, y, Math.min(radius, columnWidth / 2 - 8), n + 1));
            }
        }
    }
}
