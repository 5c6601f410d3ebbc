package se.stjarnbild.dialogue.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list that the table loads a page at a time from a service: the backing bean says how to
 * count and how to fetch a page (with the table's sort, if any), and how a row is identified.
 */
final class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Fetches one page; {@code sort} is the table's sort column (field and order), or null. */
    interface Loader<T> extends Serializable {
        List<T> load(int first, int size, SortMeta sort);
    }

    interface Counter extends Serializable {
        long count();
    }

    interface RowKey<T> extends ToLongFunction<T>, Serializable {
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final RowKey<T> rowKey;

    PagedList(Counter counter, Loader<T> loader, RowKey<T> rowKey) {
        this.counter = counter;
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize, sortBy.values().stream().findFirst().orElse(null));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.applyAsLong(row));
    }

    /** Rows are not selected in these lists, so a row is never looked up by its key. */
    @Override
    public T getRowData(String key) {
        return null;
    }
}
