package org.cinplan.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A table model that asks the service for one page at a time (rows {@code first} to {@code first + pageSize}) and
 * for the number of rows, so a large list is paged in the database, never held in memory.
 */
public final class DatabasePage<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page of rows. */
    @FunctionalInterface
    public interface PageReader<T> extends Serializable {
        List<T> read(int first, int pageSize);
    }

    /** Counts every row. */
    @FunctionalInterface
    public interface RowCounter extends Serializable {
        long count();
    }

    private final PageReader<T> reader;
    private final RowCounter counter;

    public DatabasePage(PageReader<T> reader, RowCounter counter) {
        this.reader = reader;
        this.counter = counter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return reader.read(first, pageSize);
    }
}
