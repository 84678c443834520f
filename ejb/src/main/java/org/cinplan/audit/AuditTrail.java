package org.cinplan.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cinplan.admin.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit trail: appends entries to the hash chain, searches them, exports them as CSV and checks the chain.
 *
 * <p>Appending locks the one-row chain head ({@code SELECT ... FOR UPDATE}) and holds the lock until the
 * transaction ends, so entries are appended one at a time and the chain never forks. Two ways to record:
 * <ul>
 * <li>{@link #record} joins the caller's transaction: the entry is kept only if the caller's work commits. Use it for
 *     changes and views, and call it at the end of the work, because every other writer waits for the lock until
 *     the caller's transaction ends.</li>
 * <li>{@link #recordIndependently} commits in a transaction of its own, kept even if the caller's rolls back. Use it
 *     for refused sign-ins, denied access and other attempts that fail. Never call it after {@link #record} in the
 *     same transaction: it would wait for the lock that transaction holds; it refuses instead.</li>
 * </ul>
 */
@Stateless
@RolesAllowed(Role.AUDITOR_ROLE)
public class AuditTrail {

    /** Entries read from the database at a time when checking or exporting. */
    static final int READ_PAGE = 500;
    /** The most entries a search page may hold. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final String HEAD_LOCKED = AuditTrail.class.getName() + ".headLocked";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Records an entry in the caller's transaction (or a new one if there is none).
     *
     * @param actor      who did it; required
     * @param action     what was done; required
     * @param recordType the kind of record acted on, such as {@code Child}; optional
     * @param recordId   that record's id; optional
     * @param childId    the child concerned; optional
     * @param detail     what changed (field: old → new) or why it was refused; optional, cut at 4,000 characters
     * @param outcome    how it ended; required
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(String actor, AuditAction action, String recordType, String recordId, Long childId,
                       String detail, AuditOutcome outcome) {
        append(new AuditEvent(actor, action, recordType, recordId, childId, detail, outcome));
    }

    /**
     * Records an entry in a transaction of its own, committed at once whatever becomes of the caller's.
     * Same parameters as {@link #record}.
     *
     * @throws IllegalStateException if the caller's transaction already appended to the trail (it holds the lock)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void recordIndependently(String actor, AuditAction action, String recordType, String recordId,
                                    Long childId, String detail, AuditOutcome outcome) {
        AuditEvent event = new AuditEvent(actor, action, recordType, recordId, childId, detail, outcome);
        if (transactions.getTransactionKey() != null && transactions.getResource(HEAD_LOCKED) != null) {
            throw new IllegalStateException("This transaction already holds the audit chain lock: record this entry"
                    + " with record(...) or before the other entries, not with recordIndependently(...)");
        }
        context.getBusinessObject(AuditTrail.class).appendInNewTransaction(event);
    }

    /** The new transaction behind {@link #recordIndependently}; call that instead. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendInNewTransaction(AuditEvent event) {
        append(event);
    }

    private void append(AuditEvent event) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID,
                LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head row is missing (migration V3 inserts it)");
        }
        transactions.putResource(HEAD_LOCKED, Boolean.TRUE);
        AuditEntry entry = AuditEntry.following(head.lastSequenceNo(), head.lastHash(), Instant.now(), event);
        em.persist(entry);
        head.advanceTo(entry);
    }

    /**
     * How many sign-ins under this username were refused since the given time (UTC), for throttling guessing.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long refusedSignInsSince(String username, java.time.LocalDateTime sinceUtc) {
        return em.createQuery("select count(e) from AuditEntry e where e.actor = :actor and e.action = :refused"
                        + " and e.occurredAt >= :since", Long.class)
                .setParameter("actor", username)
                .setParameter("refused", AuditAction.SIGN_IN_FAILED.name())
                .setParameter("since", sinceUtc)
                .getSingleResult();
    }

    /**
     * One page of the entries that match, newest first.
     *
     * @param page     which page, from 0
     * @param pageSize entries a page, 1 to {@value #MAX_PAGE_SIZE}
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditPage search(AuditSearch search, int page, int pageSize) {
        Objects.requireNonNull(search, "search");
        if (page < 0) {
            throw new IllegalArgumentException("Pages are numbered from 0");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " entries");
        }
        Criteria where = Criteria.of(search);
        long total = where.bind(em.createQuery("select count(e) from AuditEntry e" + where.jpql, Long.class))
                .getSingleResult();
        List<Object[]> rows = where.bind(em.createQuery("select " + VIEW_COLUMNS + " from AuditEntry e" + where.jpql
                        + " order by e.sequenceNo desc", Object[].class))
                .setFirstResult(page * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
        return new AuditPage(rows.stream().map(AuditTrail::view).toList(), total, page, pageSize);
    }

    /**
     * Writes every entry that matches as CSV (RFC 4180, formula-safe; see {@link AuditCsv}), oldest first, reading
     * a page at a time, and records the export in the trail.
     *
     * @return how many entries were written
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long exportCsv(AuditSearch search, Appendable out) {
        Objects.requireNonNull(out, "out");
        Criteria where = Criteria.of(search);
        String jpql = "select " + VIEW_COLUMNS + " from AuditEntry e" + where.jpql
                + (where.jpql.isEmpty() ? " where" : " and") + " e.sequenceNo > :after order by e.sequenceNo";
        long after = 0;
        long written = 0;
        boolean failed = true;
        try {
            AuditCsv.write(List.of(), out);
            List<Object[]> rows;
            do {
                rows = where.bind(em.createQuery(jpql, Object[].class))
                        .setParameter("after", after)
                        .setMaxResults(READ_PAGE)
                        .getResultList();
                for (Object[] row : rows) {
                    AuditEntryView entry = view(row);
                    out.append(AuditCsv.row(entry));
                    after = entry.sequenceNo();
                    written++;
                }
            } while (rows.size() == READ_PAGE);
            failed = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            self().recordIndependently(caller(), AuditAction.EXPORT, "AuditEntry", null, search.childId(),
                    "CSV export of " + written + " entries: " + search.describe(),
                    failed ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS);
        }
        return written;
    }

    /**
     * Checks the whole chain, reading it in sequence order a page at a time (not id order: one transaction that
     * appends several entries may have them inserted in any order), and that it reaches the entry the chain
     * head names as last (so deleting the newest entries is noticed too). Records the check in the trail.
     * Entries appended while the check runs are left for the next check.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verifyChain() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID);
        if (head == null) {
            throw new IllegalStateException("The audit chain head row is missing (migration V3 inserts it)");
        }
        long upTo = head.lastSequenceNo();
        String headHash = head.lastHash();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long afterSequenceNo = 0;
        List<Object[]> rows;
        reading:
        do {
            rows = em.createQuery("select " + VIEW_COLUMNS + ", e.previousHash, e.entryHash from AuditEntry e"
                            + " where e.sequenceNo > :after and e.sequenceNo <= :upTo order by e.sequenceNo", Object[].class)
                    .setParameter("after", afterSequenceNo)
                    .setParameter("upTo", upTo)
                    .setMaxResults(READ_PAGE)
                    .getResultList();
            for (Object[] row : rows) {
                AuditEntryView v = view(Arrays.copyOfRange(row, 0, 9));
                afterSequenceNo = v.sequenceNo();
                if (!verifier.accept(new AuditEntryData(v.sequenceNo(), v.occurredAt(), v.actor(), v.action(),
                        v.recordType(), v.recordId(), v.childId(), v.detail(), v.outcome(), (String) row[9],
                        (String) row[10]))) {
                    break reading;
                }
            }
        } while (rows.size() == READ_PAGE);
        ChainVerification result = againstHead(verifier.result(), upTo, headHash);
        self().recordIndependently(caller(), AuditAction.CHAIN_CHECK, "AuditEntry", null, null,
                result.explanation(), result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        return result;
    }

    static ChainVerification againstHead(ChainVerification result, long headSequenceNo, String headHash) {
        if (!result.intact()) {
            return result;
        }
        if (result.lastSequenceNo() < headSequenceNo) {
            long missing = result.lastSequenceNo() + 1;
            return ChainVerification.broken(result.entriesChecked(), missing, ChainVerification.Problem.TRUNCATED,
                    "The chain ends at entry " + result.lastSequenceNo() + " but the chain head says it reaches "
                            + headSequenceNo + ": the newest entries, from " + missing + " on, are missing.");
        }
        if (!result.lastHash().equals(headHash)) {
            return ChainVerification.broken(result.entriesChecked(), result.lastSequenceNo(),
                    ChainVerification.Problem.LINK_BROKEN, "Entry " + result.lastSequenceNo()
                            + " is not the entry the chain head records as last: it has been replaced.");
        }
        return result;
    }

    private static final String VIEW_COLUMNS = "e.sequenceNo, e.occurredAt, e.actor, e.action, e.recordType,"
            + " e.recordId, e.childId, e.detail, e.outcome";

    private static AuditEntryView view(Object[] row) {
        return new AuditEntryView((Long) row[0], ((LocalDateTime) row[1]).toInstant(ZoneOffset.UTC),
                (String) row[2], (String) row[3], (String) row[4], (String) row[5], (Long) row[6], (String) row[7],
                (String) row[8]);
    }

    private AuditTrail self() {
        return context.getBusinessObject(AuditTrail.class);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** A search as a JPQL where-clause and its parameters. */
    private record Criteria(String jpql, Map<String, Object> parameters) {

        static Criteria of(AuditSearch s) {
            Objects.requireNonNull(s, "search");
            List<String> terms = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            if (s.actor() != null) {
                terms.add("e.actor = :actor");
                params.put("actor", s.actor());
            }
            if (s.childId() != null) {
                terms.add("e.childId = :childId");
                params.put("childId", s.childId());
            }
            if (s.action() != null) {
                terms.add("e.action = :action");
                params.put("action", s.action().name());
            }
            if (s.from() != null) {
                terms.add("e.occurredAt >= :from");
                params.put("from", LocalDateTime.ofInstant(s.from(), ZoneOffset.UTC));
            }
            if (s.until() != null) {
                terms.add("e.occurredAt < :until");
                params.put("until", LocalDateTime.ofInstant(s.until(), ZoneOffset.UTC));
            }
            return new Criteria(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), Map.copyOf(params));
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
