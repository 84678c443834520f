package org.cinplan.audit;

import java.util.List;

/**
 * One page of search results, newest first.
 *
 * @param entries  the entries on this page
 * @param total    how many entries match in all
 * @param page     this page's number, from 0
 * @param pageSize at most how many entries a page holds
 */
public record AuditPage(List<AuditEntryView> entries, long total, int page, int pageSize) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    public int pageCount() {
        return (int) ((total + pageSize - 1) / pageSize);
    }
}
