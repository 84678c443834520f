package org.cinplan.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Links written entries into the audit chain, one batch at a time, in the order they were written. Entries are
 * written without touching the chain (so page views never wait on one another); as soon as a transaction that
 * wrote entries commits, a chaining run is queued on another thread (at most one waits behind the one running),
 * and a timer every minute links anything left over. Each batch locks the chain head row for its few milliseconds,
 * so chainers on several servers take turns and never fork the chain.
 *
 * <p>It also writes the chain head (sequence number and hash) to the server log at start-up and every day at
 * 06:00, where someone who can rewrite the database cannot: an auditor compares a logged head with the chain.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AuditChainer {

    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());
    /** Entries linked in one transaction. */
    static final int BATCH = 500;
    /**
     * How long a queued run waits before it links, so that the entries of the requests committing meanwhile are linked
     * in one batch: under load one run a page view (five statements and a transaction each) cost more than the view's
     * own audit entry. Entries are still linked well within a second.
     */
    static final long GATHER_MILLIS = 200;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private final AtomicBoolean queued = new AtomicBoolean();
    private AuditKey key;

    @PostConstruct
    void start() {
        key = AuditKey.configured();
        logHead("at start-up");
    }

    /** Queues a chaining run unless one is already waiting to start; returns at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void chainSoon() {
        if (queued.compareAndSet(false, true)) {
            self().chainInBackground();
        }
    }

    /** The queued run behind {@link #chainSoon}. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void chainInBackground() {
        try {
            Thread.sleep(GATHER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping: link what is there now
        }
        queued.set(false); // entries committed from now on need a run after this one
        try {
            chainWaiting();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cinplan: linking audit entries failed; the next run retries", e);
        }
    }

    /** Links leftovers (a run that failed, a server stopped between commit and chaining). */
    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        chainInBackground();
    }

    @Schedule(hour = "6", minute = "0", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        logHead("daily");
    }

    /**
     * Links every entry committed before this call into the chain, in batches; returns how many it linked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long chainWaiting() {
        long linked = 0;
        int batch;
        do {
            batch = self().linkBatch();
            linked += batch;
        } while (batch == BATCH);
        return linked;
    }

    /** One batch, in its own short transaction holding the chain head's lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int linkBatch() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_ONLY_ID,
                LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head row is missing (migration V3 inserts it)");
        }
        List<AuditEntry> waiting = em.createQuery("select e from AuditPending p, AuditEntry e"
                        + " where e.id = p.entryId order by e.id", AuditEntry.class)
                .setMaxResults(BATCH)
                .getResultList();
        for (AuditLink link : links(head.lastSequenceNo(), head.lastHash(), waiting, key)) {
            em.persist(link);
            head.advanceTo(link);
        }
        if (!waiting.isEmpty()) {
            em.createQuery("delete from AuditPending p where p.entryId in :ids")
                    .setParameter("ids", waiting.stream().map(AuditEntry::id).toList())
                    .executeUpdate();
        }
        return waiting.size();
    }

    /** The links that put the waiting entries, in the order given, after the chain's last entry. */
    static List<AuditLink> links(long lastSequenceNo, String lastHash, List<AuditEntry> waiting, AuditKey key) {
        List<AuditLink> links = new java.util.ArrayList<>(waiting.size());
        long sequenceNo = lastSequenceNo;
        String hash = lastHash;
        for (AuditEntry entry : waiting) {
            AuditLink link = AuditLink.following(sequenceNo, hash, entry, key);
            links.add(link);
            sequenceNo = link.sequenceNo();
            hash = link.entryHash();
        }
        return links;
    }

    /** Writes the chain head to the server log. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void logHead(String when) {
        Object[] head = em.createQuery("select h.lastSequenceNo, h.lastHash from AuditChainHead h where h.id = :id",
                Object[].class).setParameter("id", AuditChainHead.THE_ONLY_ID).getSingleResult();
        LOG.info(() -> "cinplan: audit chain head (" + when + "): entry " + head[0] + ", hash "
                + AuditChain.trim((String) head[1]));
    }

    private AuditChainer self() {
        return context.getBusinessObject(AuditChainer.class);
    }
}
