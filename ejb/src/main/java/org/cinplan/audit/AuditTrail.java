package org.cinplan.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cinplan.platform.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit trail: appends entries, searches them, exports them as CSV and checks the chain.
 *
 * <p>Appending writes the entry and a "waiting" mark and nothing else: it takes no lock that other writers share,
 * so page views never wait on one another. Once the writing transaction commits, the {@link AuditChainer} links
 * the entry into the hash chain (HMAC-SHA256 under a key kept outside the database) within moments. Two ways to
 * record:
 * <ul>
 * <li>{@link #record} joins the caller's transaction: the entry is kept only if the caller's work commits. Use it for
 *     changes and views.</li>
 * <li>{@link #recordIndependently} commits in a transaction of its own, kept even if the caller's rolls back. Use it
 *     for refused sign-ins, denied access and other attempts that fail.</li>
 * </ul>
 */
@Stateless
@RolesAllowed(Role.AUDITOR_ROLE)
public class AuditTrail {

    /** How a restricted record is named to an auditor, who is on no access list. */
    public static final String RESTRICTED_RECORD = "Restricted record";

    /** Entries read from the database at a time when checking or exporting. */
    static final int READ_PAGE = 500;
    /** The most entries a search page may hold. */
    public static final int MAX_PAGE_SIZE = 200;
    /** How a refused sign-in under a username that is no staff member's is recorded: this and a keyed hash. */
    static final String UNKNOWN_USERNAME_PREFIX = "unknown-username#";

    private static final String CHAINING_REQUESTED = AuditTrail.class.getName() + ".chainingRequested";
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @EJB
    private AuditChainer chainer;

    private AuditKey key;

    @PostConstruct
    void loadKey() {
        key = AuditKey.configured();
    }

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
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(String actor, AuditAction action, String recordType, String recordId,
                                    Long childId, String detail, AuditOutcome outcome) {
        append(new AuditEvent(actor, action, recordType, recordId, childId, detail, outcome));
    }

    /**
     * Records a refused sign-in in a transaction of its own. What was typed as a username is kept only when it is a
     * staff member's username: anything else may be a password typed into the wrong box, so it is kept as
     * {@value #UNKNOWN_USERNAME_PREFIX} and a keyed hash of it (the same text gives the same hash, so repeated
     * attempts can still be counted and told apart, but the text cannot be read back).
     *
     * @param typedUsername  what was typed as the username; required
     * @param accountExists  whether it names a staff member (enabled or not)
     * @param sourceAddress  the address the attempt came from; optional
     * @param reason         why it was refused, e.g. "Wrong username or password" or "Throttled"; optional
     * @param outcome        FAILURE for a wrong credential, DENIED for a refusal without checking it
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailedSignIn(String typedUsername, boolean accountExists, String sourceAddress, String reason,
                                   AuditOutcome outcome) {
        String actor = failedSignInActor(typedUsername, accountExists);
        String detail = java.util.stream.Stream.of(reason, sourceAddress == null ? null : "from " + sourceAddress)
                .filter(Objects::nonNull).collect(java.util.stream.Collectors.joining("; "));
        append(new AuditEvent(actor, AuditAction.SIGN_IN_FAILED, "StaffMember", accountExists ? actor : null, null,
                detail.isEmpty() ? null : detail, outcome));
    }

    /** The actor a refused sign-in is recorded under (see {@link #recordFailedSignIn}). */
    private String failedSignInActor(String typedUsername, boolean accountExists) {
        if (typedUsername == null || typedUsername.isBlank()) {
            throw new IllegalArgumentException("A refused sign-in needs what was typed as the username");
        }
        String typed = typedUsername.strip();
        return accountExists ? typed : unknownUsername(key, typed);
    }

    static String unknownUsername(AuditKey key, String typed) {
        return UNKNOWN_USERNAME_PREFIX + key.hmacHex("refused-sign-in-username|" + typed).substring(0, 16);
    }

    private void append(AuditEvent event) {
        AuditEntry entry = AuditEntry.of(Instant.now(), event);
        em.persist(entry);
        em.flush(); // gives the entry its row id for the waiting mark
        em.persist(new AuditPending(entry.id()));
        if (transactions.getResource(CHAINING_REQUESTED) == null) {
            transactions.putResource(CHAINING_REQUESTED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        try {
                            chainer.chainSoon();
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "cinplan: could not queue audit chaining; the timer links it", e);
                        }
                    }
                }
            });
        }
    }

    /**
     * How many sign-ins under this username were refused since the given time (UTC), for throttling guessing:
     * whether it was recorded as typed or, not being a staff member's, as its keyed hash.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long refusedSignInsSince(String username, java.time.LocalDateTime sinceUtc) {
        String typed = username.strip();
        return em.createQuery("select count(e) from AuditEntry e where e.actor in (:actor, :unknown)"
                        + " and e.action = :refused and e.occurredAt >= :since", Long.class)
                .setParameter("actor", typed)
                .setParameter("unknown", unknownUsername(key, typed))
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
        List<Object[]> rows = where.bind(em.createQuery("select " + VIEW_COLUMNS + " from AuditEntry e"
                        + " left join e.link l" + where.jpql + " order by e.id desc", Object[].class))
                .setFirstResult(page * pageSize)
                .setMaxResults(pageSize)
                .getResultList();
        return new AuditPage(rows.stream().map(AuditTrail::view).toList(), total, page, pageSize);
    }

    /**
     * The children an auditor means by {@code query}: the one whose LA child id it is (REA001009), or those whose
     * name it is ("Amelia Ahmed"), ignoring case. The entries name children by record id; this finds it. (The child is
     * named in the query's text only, so the audit trail does not depend on the casework classes that depend on it.)
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChildReference> childrenMatching(String query) {
        String wanted = query == null ? "" : query.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select c.id, c.laChildId, c.givenName, c.familyName, c.dateOfBirth from Child c"
                        + " where upper(c.laChildId) = :q or upper(concat(concat(c.givenName, ' '), c.familyName)) = :q"
                        + " order by c.laChildId", Object[].class)
                .setParameter("q", wanted)
                .setMaxResults(20)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // An auditor is on no restricted record's access list: such a record is found, and its entries searched, by
        // its record id alone, without its name, LA child id or date of birth.
        Set<Long> restricted = Set.copyOf(em.createQuery("select r.child.id from RecordRestriction r where r.child.id in :ids",
                Long.class).setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList());
        return rows.stream()
                .map(r -> restricted.contains((Long) r[0])
                        ? new ChildReference((Long) r[0], null, RESTRICTED_RECORD, null)
                        : new ChildReference((Long) r[0], (String) r[1], r[2] + " " + r[3], (LocalDate) r[4]))
                .toList();
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
        String jpql = "select " + VIEW_COLUMNS + " from AuditEntry e left join e.link l" + where.jpql
                + (where.jpql.isEmpty() ? " where" : " and") + " e.id > :after order by e.id";
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
                    after = entry.entryId();
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
     * Links every entry written so far into the chain, then checks the whole chain, reading it in sequence order a
     * page at a time, and that it reaches the entry the chain head names as last (so deleting the newest entries is
     * noticed too). Entries in the table that are neither in the chain nor waiting to be linked break it too.
     * Entries written while the check runs are counted as waiting and left for the next check. Records the check in
     * the trail.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verifyChain() {
        chainer.chainWaiting();
        Object[] head = em.createQuery("select h.lastSequenceNo, h.lastHash from AuditChainHead h where h.id = :id",
                Object[].class).setParameter("id", AuditChainHead.THE_ONLY_ID).getSingleResult();
        long upTo = (Long) head[0];
        String headHash = AuditChain.trim((String) head[1]);
        AuditChain.Verifier verifier = new AuditChain.Verifier(key);
        long afterSequenceNo = 0;
        List<Object[]> rows;
        reading:
        do {
            rows = em.createQuery("select l.sequenceNo, e.id, l.algorithm, e.occurredAt, e.actor, e.action,"
                            + " e.recordType, e.recordId, e.childId, e.detail, e.outcome, l.previousHash, l.entryHash"
                            + " from AuditLink l join l.entry e where l.sequenceNo > :after and l.sequenceNo <= :upTo"
                            + " order by l.sequenceNo", Object[].class)
                    .setParameter("after", afterSequenceNo)
                    .setParameter("upTo", upTo)
                    .setMaxResults(READ_PAGE)
                    .getResultList();
            for (Object[] row : rows) {
                AuditEntryData entry = new AuditEntryData((Long) row[0], (Long) row[1], (String) row[2],
                        ((LocalDateTime) row[3]).toInstant(ZoneOffset.UTC), (String) row[4], (String) row[5],
                        (String) row[6], (String) row[7], (Long) row[8], (String) row[9], (String) row[10],
                        (String) row[11], (String) row[12]);
                afterSequenceNo = entry.sequenceNo();
                if (!verifier.accept(entry)) {
                    break reading;
                }
            }
        } while (rows.size() == READ_PAGE);
        ChainVerification result = againstHead(verifier.result(), upTo, headHash);
        if (result.intact()) {
            result = againstUnchained(result);
        }
        self().recordIndependently(caller(), AuditAction.CHAIN_CHECK, "AuditEntry", null, null,
                result.explanation(), result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        return result;
    }

    /** Entries outside the chain: those still waiting are reported; any others break it. */
    private ChainVerification againstUnchained(ChainVerification result) {
        List<Long> outside = em.createQuery("select e.id from AuditEntry e where not exists"
                        + " (select l.sequenceNo from AuditLink l where l.entry = e) and not exists"
                        + " (select p.entryId from AuditPending p where p.entryId = e.id) order by e.id", Long.class)
                .setMaxResults(10)
                .getResultList();
        if (!outside.isEmpty()) {
            return ChainVerification.broken(result.entriesChecked(), (Long) null, ChainVerification.Problem.UNCHAINED,
                    "Entries with the row ids " + outside.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ")) + (outside.size() == 10 ? " and more" : "")
                            + " are neither in the chain nor waiting to be linked: they were written or their waiting"
                            + " marks deleted around the application.");
        }
        long waiting = em.createQuery("select count(p) from AuditPending p", Long.class).getSingleResult();
        return result.withWaiting(waiting);
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

    private static final String VIEW_COLUMNS = "e.id, l.sequenceNo, e.occurredAt, e.actor, e.action, e.recordType,"
            + " e.recordId, e.childId, e.detail, e.outcome";

    private static AuditEntryView view(Object[] row) {
        return new AuditEntryView((Long) row[0], (Long) row[1], ((LocalDateTime) row[2]).toInstant(ZoneOffset.UTC),
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], (Long) row[7], (String) row[8],
                (String) row[9]);
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
