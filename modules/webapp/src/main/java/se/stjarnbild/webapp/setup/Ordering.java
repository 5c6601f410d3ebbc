package se.stjarnbild.webapp.setup;

import java.util.ArrayList;
import java.util.List;

/**
 * The order lists show districts and target groups in, kept as positions 1, 2, 3 … without ties or
 * gaps: putting one at position 2 moves the others down, as dragging it there would.
 */
final class Ordering {

    private Ordering() {
    }

    /**
     * The ids in their new order: {@code id} taken out and put at {@code wanted} (1 = first; past the
     * end = last). Without a wanted position it keeps its place, or goes last when it is new.
     */
    static <T> List<T> place(List<T> current, T id, Integer wanted) {
        List<T> order = new ArrayList<>(current);
        int was = order.indexOf(id);
        if (wanted == null) {
            if (was < 0) {
                order.add(id);
            }
            return order;
        }
        order.remove(id);
        order.add(Math.max(0, Math.min(wanted - 1, order.size())), id);
        return order;
    }
}
