package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditEntryView;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.Role;
import org.cinplan.returns.CensusReturns;
import org.cinplan.returns.CollectionYear;
import org.cinplan.returns.ReturnSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cinplan.platform.Role.ADMINISTRATOR;
import static org.cinplan.platform.Role.AUDITOR;
import static org.cinplan.platform.Role.DATA_OFFICER;
import static org.cinplan.platform.Role.SOCIAL_WORKER;

/**
 * Statutory returns generated in the background and kept in the history, on a real Payara and database: a data
 * officer generates a census and an Annex A list, follows their progress in the history and downloads the kept files
 * (whose SHA-256 is the history's, each download audited); a social worker may do none of it; administrators and
 * auditors see the history but neither generate nor download.
 */
@ExtendWith(ArquillianExtension.class)
class StatutoryReturnsIT {

    private static final Duration GENERATION = Duration.ofSeconds(90);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(StatutoryReturnsIT.class);
    }

    @Inject
    private CensusReturns returns;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private InRole inRole;

    @Test
    void aDataOfficersCensusIsGeneratedInTheBackgroundKeptWithItsCountsAndDownloadedAsKept() throws Exception {
        String year = CollectionYear.containing(LocalDate.now(ZoneId.of("Europe/London"))).label();
        long id = as(DATA_OFFICER, () -> returns.generateCensus("WOKINGHAM", year));

        ReturnSummary kept = finished(id);
        assertThat(kept.state()).as(kept.failure()).isEqualTo("Done");
        assertThat(kept.what() + " " + kept.period()).isEqualTo("Children in Need census " + year);
        assertThat(kept.requestedBy()).isEqualTo(InRole.principal(DATA_OFFICER));
        assertThat(kept.progress()).isEqualTo(100);
        assertThat(kept.children()).isPositive();
        assertThat(kept.episodes()).isGreaterThanOrEqualTo(kept.children());
        assertThat(kept.errors()).isZero();
        assertThat(kept.queries()).isNotNull();
        assertThat(kept.sha256()).matches("[0-9a-f]{64}");

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        as(DATA_OFFICER, () -> returns.download(id)).writeTo(file);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.toByteArray())))
                .as("the downloaded file is the one kept").isEqualTo(kept.sha256());
        assertThat(file.size()).isEqualTo(kept.fileSize().intValue());
        assertThat(file.toString(StandardCharsets.UTF_8)).contains("<LEA>872</LEA>");
        assertThat(downloadsOf(id)).extracting(AuditEntryView::detail).containsExactly("Downloaded "
                + kept.fileName() + " (" + kept.fileSize() + " bytes, SHA-256 " + kept.sha256() + ")");
    }

    @Test
    void anAnnexAListAsCsvIsKeptUnderItsOwnName() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        long id = as(DATA_OFFICER, () -> returns.generateAnnexA("SUFFOLK", today, "CSV_LIST_6"));

        ReturnSummary kept = finished(id);
        assertThat(kept.state()).as(kept.failure()).isEqualTo("Done");
        assertThat(kept.fileName()).isEqualTo("annex-a-list-6-suffolk-" + today + ".csv");
        assertThat(kept.format()).isEqualTo("List 6 (CSV)");
        assertThat(kept.children()).isPositive();
        assertThat(kept.errors()).isNull();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        as(DATA_OFFICER, () -> returns.download(id)).writeTo(file);
        assertThat(file.toString(StandardCharsets.UTF_8)).startsWith("Child Unique ID,Gender,").contains("SUF009001");
    }

    @Test
    void administratorsAndAuditorsSeeTheHistoryButNeitherGenerateNorDownload() {
        String year = CollectionYear.containing(LocalDate.now(ZoneId.of("Europe/London"))).label();
        long id = as(DATA_OFFICER, () -> returns.generateCensus("READING", year));
        finished(id);

        for (Role role : List.of(ADMINISTRATOR, AUDITOR)) {
            assertThat(as(role, () -> returns.history(0, 200))).as(role.name())
                    .extracting(ReturnSummary::id).contains(id);
            assertThat(as(role, () -> returns.historySize())).as(role.name()).isPositive();
            assertThatThrownBy(() -> as(role, () -> returns.download(id))).as(role.name())
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(role, () -> returns.generateCensus("READING", year))).as(role.name())
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> as(role, () -> returns.validate("READING", year))).as(role.name())
                    .isInstanceOf(EJBAccessException.class);
        }
        assertThat(downloadsOf(id)).as("no download by them").isEmpty();
    }

    @Test
    void aSocialWorkerMayNeitherProduceNorSeeReturns() {
        String year = CollectionYear.containing(LocalDate.now(ZoneId.of("Europe/London"))).label();
        for (Supplier<?> call : List.<Supplier<?>>of(() -> returns.generateCensus("READING", year),
                () -> returns.generateAnnexA("READING", LocalDate.now(), "XLSX"), () -> returns.history(0, 10),
                () -> returns.historySize(), () -> returns.download(1), () -> returns.validate("READING", year))) {
            assertThatThrownBy(() -> as(SOCIAL_WORKER, call)).isInstanceOf(EJBAccessException.class);
        }
    }

    private <T> T as(Role role, Supplier<T> call) {
        return inRole.call(role, call);
    }

    /** The return once its generation has finished (done or failed), as the history shows it. */
    private ReturnSummary finished(long id) {
        long deadline = System.nanoTime() + GENERATION.toNanos();
        while (true) {
            ReturnSummary now = as(DATA_OFFICER, () -> returns.history(0, 200)).stream()
                    .filter(r -> r.id() == id).findFirst().orElseThrow(() -> new AssertionError("return " + id
                            + " is not in the history"));
            if (!now.running()) {
                return now;
            }
            assertThat(System.nanoTime()).as("return %s still running after %s", id, GENERATION).isLessThan(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private List<AuditEntryView> downloadsOf(long id) {
        return as(AUDITOR, () -> auditTrail.search(new AuditSearch(null, null, AuditAction.RETURN_DOWNLOAD, null, null),
                0, 200)).entries().stream().filter(entry -> String.valueOf(id).equals(entry.recordId())).toList();
    }
}
