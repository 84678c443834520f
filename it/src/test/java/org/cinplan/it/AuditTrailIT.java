package org.cinplan.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditChainer;
import org.cinplan.audit.AuditEntryView;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditPage;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.audit.ChainVerification;
import org.cinplan.audit.ChildReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The append-only, HMAC-chained audit trail in a real Payara and its database (Derby or PostgreSQL), with the
 * application working as a database user that may only read and add to it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(AuditTrailIT.class);
    }

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private AuditChainer chainer;

    @Inject
    private AsAuditor asAuditor;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "jdbc/cinplan")
    private DataSource dataSource;

    @Resource(lookup = "jdbc/cinplan-owner")
    private DataSource ownerDataSource;

    @Test
    void entriesAreFoundByPersonAndTheChainChecksOutKeyed() {
        String person = "person-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "1", 1L, "Viewed", AuditOutcome.SUCCESS);
        auditTrail.recordIndependently(person, AuditAction.CHANGE_RECORD, "Visit", "2", 1L, "seenAlone: false -> true",
                AuditOutcome.SUCCESS);

        AuditPage page = asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 10));
        assertThat(page.entries()).extracting(e -> e.action()).containsExactly("CHANGE_RECORD", "VIEW_RECORD");
        ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
        assertThat(check.intact()).as(check.explanation()).isTrue();
        assertThat(check.keyedEntries()).isPositive();
        assertThat(check.explanation()).contains("HMAC-SHA256");
        assertThat(asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 10)).entries())
                .as("linked into the chain by the check").allSatisfy(e -> assertThat(e.sequenceNo()).isNotNull());
    }

    @Test
    void anAuditorFindsAChildByLaChildIdOrByNameIgnoringCase() {
        List<ChildReference> byLaChildId = asAuditor.call(() -> auditTrail.childrenMatching("rea090000"));
        assertThat(byLaChildId).as("the demo data's first Yates child").hasSize(1);
        ChildReference child = byLaChildId.get(0);
        assertThat(asAuditor.call(() -> auditTrail.childrenMatching("  " + child.name().toUpperCase() + " "))).contains(child);
        assertThat(asAuditor.call(() -> auditTrail.childrenMatching("Nobody Of That Name"))).isEmpty();
    }

    @Test
    void entriesAreLinkedIntoTheChainSoonAfterTheirTransactionCommits() throws Exception {
        String person = "soon-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "3", 3L, null, AuditOutcome.SUCCESS);
        Long sequenceNo = null;
        for (int i = 0; i < 100 && sequenceNo == null; i++) {
            Thread.sleep(100);
            sequenceNo = latestOf(person).sequenceNo();
        }
        assertThat(sequenceNo).as("linked within 10 seconds, without a check or the minute timer").isNotNull();
    }

    @Test
    void aRefusedSignInUnderAnUnknownUsernameKeepsOnlyAKeyedHashOfWhatWasTyped() {
        String typed = "Pw-" + UUID.randomUUID().toString().substring(0, 8) + "!";
        auditTrail.recordFailedSignIn(typed, false, "203.0.113.7", "Wrong username or password", AuditOutcome.FAILURE);

        AuditEntryView refused = asAuditor.call(() -> auditTrail.search(AuditSearch.everything()
                .ofAction(AuditAction.SIGN_IN_FAILED), 0, 1)).entries().get(0);
        assertThat(refused.actor()).startsWith("unknown-username#").doesNotContain(typed);
        assertThat(refused.recordId()).isNull();
        assertThat(refused.detail()).isEqualTo("Wrong username or password; from 203.0.113.7");
        assertThat(auditTrail.refusedSignInsSince(typed, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
                .minusMinutes(1))).as("still counted for throttling").isEqualTo(1);
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int n = i;
            writes.add(pool.submit(() -> auditTrail.recordIndependently("writer-" + n % 8, AuditAction.VIEW_RECORD,
                    "Episode", Integer.toString(n), null, null, AuditOutcome.SUCCESS)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();
        ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
        assertThat(check.intact()).as(check.explanation()).isTrue();
    }

    /** One transaction appending several entries (one per rule changed, say) keeps a chain the check accepts. */
    @Test
    void entriesAppendedInOneTransactionChainInTheOrderWritten() throws Exception {
        String person = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(() -> {
            for (int i = 1; i <= 5; i++) {
                auditTrail.record(person, AuditAction.ADMIN_CHANGE, "PolicyProfile", "READING", null, "rule " + i,
                        AuditOutcome.SUCCESS);
            }
        });
        ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
        assertThat(check.intact()).as(check.explanation()).isTrue();
        List<AuditEntryView> entries = asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person),
                0, 10)).entries();
        assertThat(entries).extracting(AuditEntryView::detail)
                .containsExactly("rule 5", "rule 4", "rule 3", "rule 2", "rule 1");
        assertThat(entries).extracting(AuditEntryView::sequenceNo).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void anEntryRolledBackWithItsTransactionLeavesNoGapInTheChain() throws Exception {
        String person = "rollback-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        auditTrail.record(person, AuditAction.VIEW_RECORD, "Episode", "4", 4L, null, AuditOutcome.SUCCESS);
        transaction.rollback();

        assertThat(asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 1)).total())
                .isZero();
        ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
        assertThat(check.intact()).as(check.explanation()).isTrue();
    }

    @Test
    void theApplicationsDatabaseUserCanNeitherChangeNorDeleteTheTrail() throws Exception {
        String person = "append-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "8", 8L, "kept", AuditOutcome.SUCCESS);
        chainer.chainWaiting();
        long entryId = latestOf(person).entryId();

        assertThat(userOf(dataSource)).as("the application does not work as the schema's owner")
                .isNotEqualToIgnoringCase(userOf(ownerDataSource));
        for (String statement : List.of("UPDATE audit_entry SET detail = 'rewritten' WHERE id = ?",
                "DELETE FROM audit_entry WHERE id = ?",
                "UPDATE audit_link SET entry_hash = previous_hash WHERE entry_id = ?",
                "DELETE FROM audit_link WHERE entry_id = ?")) {
            assertThatThrownBy(() -> inTransaction(() -> em.createNativeQuery(statement).setParameter(1, entryId)
                    .executeUpdate()))
                    .as(statement).satisfies(refusal -> assertThat(stackTraceOf(refusal).toLowerCase(Locale.ROOT))
                            .contains("permission"));
        }
        assertThat(latestOf(person).detail()).isEqualTo("kept");
    }

    @Test
    void evenTheSchemaOwnerIsRefusedAChangeByTheAppendOnlyGuard() throws Exception {
        String person = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "8", 8L, "kept", AuditOutcome.SUCCESS);
        chainer.chainWaiting();
        long entryId = latestOf(person).entryId();

        String refusal = appendOnlyGuard().refusal;
        for (String statement : List.of("UPDATE audit_entry SET detail = 'rewritten' WHERE id = ?",
                "DELETE FROM audit_link WHERE entry_id = ?")) {
            assertThatThrownBy(() -> asOwner(statement, entryId)).as(statement).hasStackTraceContaining(refusal);
        }
        assertThat(latestOf(person).detail()).isEqualTo("kept");
    }

    /** Someone with the rights to drop the database's guard (a DBA, say) alters a row: the chain check finds it. */
    @Test
    void anAlteredRowIsFoundByTheChainCheck() throws Exception {
        String person = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "9", 9L, "original", AuditOutcome.SUCCESS);
        chainer.chainWaiting();
        AuditEntryView entry = latestOf(person);
        withoutTheUpdateGuard("UPDATE audit_entry SET detail = 'quietly changed' WHERE id = ?", entry.entryId());
        try {
            ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenSequenceNo()).isEqualTo(entry.sequenceNo());
            assertThat(check.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        } finally {
            withoutTheUpdateGuard("UPDATE audit_entry SET detail = 'original' WHERE id = ?", entry.entryId());
        }
        assertThat(asAuditor.call(() -> auditTrail.verifyChain()).intact()).isTrue();
    }

    @Test
    void anEntryWrittenAroundTheApplicationWithoutItsWaitingMarkIsFound() throws Exception {
        long forged;
        try (Connection connection = ownerDataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor,"
                     + " action, outcome) VALUES (CURRENT_TIMESTAMP, 'forger', 'VIEW_RECORD', 'SUCCESS')",
                     java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                forged = keys.getLong(1);
            }
        }
        try {
            ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
            assertThat(check.intact()).isFalse();
            assertThat(check.problem()).isEqualTo(ChainVerification.Problem.UNCHAINED);
            assertThat(check.explanation()).contains(Long.toString(forged));
        } finally {
            // Left in the table, it would break every later check: give it the mark it lacked, so it is linked.
            asOwner("INSERT INTO audit_pending (entry_id) VALUES (?)", forged);
        }
        assertThat(asAuditor.call(() -> auditTrail.verifyChain()).intact()).isTrue();
    }

    /**
     * Page views as the old design appended them (each transaction locking the one chain head row until it ends)
     * against as they are appended now (no shared lock), each view's transaction going on 20 ms after its entry is
     * written as a page's does. Prints the figures; checks only that the chain stays intact.
     */
    @Test
    void pageViewsNoLongerWaitOnOneAnotherForTheChain() throws Exception {
        int threads = 8;
        int viewsEach = 10;
        long serialised = timeViews(threads, viewsEach, true);
        long now = timeViews(threads, viewsEach, false);
        System.out.printf(Locale.ROOT, "cinplan audit append: %d views on %d threads, 20 ms of work after each entry:"
                        + " %d ms with one chain lock held to the end of each view (the old design), %d ms now%n",
                threads * viewsEach, threads, serialised, now);
        ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
        assertThat(check.intact()).as(check.explanation()).isTrue();
    }

    private long timeViews(int threads, int viewsEach, boolean lockTheChainHead) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> views = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            views.add(pool.submit(() -> {
                for (int i = 0; i < viewsEach; i++) {
                    inTransaction(() -> {
                        if (lockTheChainHead) {
                            em.createNativeQuery("UPDATE audit_chain_head SET row_version = row_version WHERE id = 1")
                                    .executeUpdate();
                        }
                        auditTrail.record("viewer", AuditAction.VIEW_RECORD, "Episode", "1", 1L, null,
                                AuditOutcome.SUCCESS);
                        sleep(20);
                    });
                }
                return null;
            }));
        }
        for (Future<?> view : views) {
            view.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private AuditEntryView latestOf(String person) {
        return asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 1)).entries().get(0);
    }

    /** Switches off the database's update guard (migration V11) as the owner, runs the statement, switches it on. */
    private void withoutTheUpdateGuard(String statement, long entryId) throws SQLException {
        AppendOnlyGuard guard = appendOnlyGuard();
        asOwner(guard.switchOff, null);
        try {
            asOwner(statement, entryId);
        } finally {
            asOwner(guard.switchOn, null);
        }
    }

    private void asOwner(String statement, Long parameter) throws SQLException {
        try (Connection connection = ownerDataSource.getConnection();
             PreparedStatement prepared = connection.prepareStatement(statement)) {
            if (parameter != null) {
                prepared.setLong(1, parameter);
            }
            prepared.execute();
        }
    }

    /** Each database keeps the audit trail append-only its own way (db/vendor/.../V11). */
    private enum AppendOnlyGuard {
        DERBY("AUDIT_ENTRIES_CANNOT_BE_CHANGED", "DROP TRIGGER audit_entry_no_update",
                "CREATE TRIGGER audit_entry_no_update AFTER UPDATE ON audit_entry"
                        + " FOR EACH STATEMENT INSERT INTO audit_append_only_guard VALUES (NULL)"),
        POSTGRESQL("audit entries cannot be changed or deleted", "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change",
                "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change");

        /** What the database's refusal says. */
        final String refusal;
        final String switchOff;
        final String switchOn;

        AppendOnlyGuard(String refusal, String switchOff, String switchOn) {
            this.refusal = refusal;
            this.switchOff = switchOff;
            this.switchOn = switchOn;
        }
    }

    private AppendOnlyGuard appendOnlyGuard() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")
                    ? AppendOnlyGuard.POSTGRESQL : AppendOnlyGuard.DERBY;
        }
    }

    private static String userOf(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getUserName();
        }
    }

    private static String stackTraceOf(Throwable thrown) {
        java.io.StringWriter text = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    private interface Work {
        void run() throws Exception;
    }

    private void inTransaction(Work work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
