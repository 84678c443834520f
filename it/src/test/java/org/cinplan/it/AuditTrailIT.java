package org.cinplan.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditPage;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.audit.ChainVerification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The append-only, hash-chained audit trail in a real Payara and its database (Derby or PostgreSQL). */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(AuditTrailIT.class);
    }

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private AsAuditor asAuditor;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "jdbc/cinplan")
    private DataSource dataSource;

    @Test
    void entriesAreFoundByPersonAndTheChainChecksOut() {
        String person = "person-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "1", 1L, "Viewed", AuditOutcome.SUCCESS);
        auditTrail.recordIndependently(person, AuditAction.CHANGE_RECORD, "Visit", "2", 1L, "seenAlone: false -> true",
                AuditOutcome.SUCCESS);

        AuditPage page = asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 10));
        assertThat(page.entries()).extracting(e -> e.action()).containsExactly("CHANGE_RECORD", "VIEW_RECORD");
        ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
        assertThat(check.intact()).as(check.explanation()).isTrue();
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            writes.add(pool.submit(() -> auditTrail.recordIndependently("writer-" + n % 4, AuditAction.VIEW_RECORD,
                    "Episode", Integer.toString(n), null, null, AuditOutcome.SUCCESS)));
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();
        assertThat(asAuditor.call(() -> auditTrail.verifyChain()).intact()).isTrue();
    }

    /** One transaction appending several entries (one per rule changed, say) keeps a chain the check accepts. */
    @Test
    void entriesAppendedInOneTransactionChainInSequence() throws Exception {
        String person = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        inTransaction(() -> {
            for (int i = 1; i <= 5; i++) {
                auditTrail.record(person, AuditAction.ADMIN_CHANGE, "PolicyProfile", "READING", null, "rule " + i,
                        AuditOutcome.SUCCESS);
            }
        });
        assertThat(asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 10)).entries())
                .hasSize(5);
        ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
        assertThat(check.intact()).as(check.explanation()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws Exception {
        String person = "append-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "8", 8L, "kept", AuditOutcome.SUCCESS);
        long sequence = asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 1))
                .entries().get(0).sequenceNo();

        String refusal = appendOnlyGuard().refusal;
        for (String statement : List.of("UPDATE audit_entry SET detail = 'rewritten' WHERE sequence_no = ?",
                "DELETE FROM audit_entry WHERE sequence_no = ?")) {
            assertThatThrownBy(() -> inTransaction(() -> em.createNativeQuery(statement).setParameter(1, sequence)
                    .executeUpdate()))
                    .as(statement).hasStackTraceContaining(refusal);
        }
        assertThat(asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 1))
                .entries()).singleElement().satisfies(entry -> assertThat(entry.detail()).isEqualTo("kept"));
    }

    /** Someone with the rights to drop the database's guard (a DBA, say) alters a row: the chain check finds it. */
    @Test
    void anAlteredRowIsFoundByTheChainCheck() throws Exception {
        String person = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        auditTrail.recordIndependently(person, AuditAction.VIEW_RECORD, "Episode", "9", 9L, "original", AuditOutcome.SUCCESS);
        long sequence = asAuditor.call(() -> auditTrail.search(AuditSearch.everything().byActor(person), 0, 1))
                .entries().get(0).sequenceNo();
        withoutTheUpdateGuard(() -> em.createNativeQuery("UPDATE audit_entry SET detail = 'quietly changed' WHERE sequence_no = ?")
                .setParameter(1, sequence).executeUpdate());
        try {
            ChainVerification check = asAuditor.call(() -> auditTrail.verifyChain());
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenSequenceNo()).isEqualTo(sequence);
            assertThat(check.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        } finally {
            withoutTheUpdateGuard(() -> em.createNativeQuery("UPDATE audit_entry SET detail = 'original' WHERE sequence_no = ?")
                    .setParameter(1, sequence).executeUpdate());
        }
        assertThat(asAuditor.call(() -> auditTrail.verifyChain()).intact()).isTrue();
    }

    /** Switches off the database's update guard (migration V11), runs the statement and switches it on again. */
    private void withoutTheUpdateGuard(Runnable statement) throws Exception {
        AppendOnlyGuard guard = appendOnlyGuard();
        inTransaction(() -> em.createNativeQuery(guard.switchOff).executeUpdate());
        try {
            inTransaction(statement);
        } finally {
            inTransaction(() -> em.createNativeQuery(guard.switchOn).executeUpdate());
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

    private void inTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }
}
