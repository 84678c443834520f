package org.cinplan.returns;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A return in the history: running with its progress, then kept with its counts and file, or failed. */
class StatutoryReturnTest {

    private static final LocalDateTime ASKED = LocalDateTime.of(2026, 12, 3, 10, 0);

    @Test
    void aNewReturnRunsFromNothingAndItsProgressOnlyMovesOnAndStopsShortOf100() {
        StatutoryReturn census = StatutoryReturn.census("READING", "2025-26", "data.demo", ASKED);
        census.progressTo(40, ASKED.plusSeconds(1));
        census.progressTo(30, ASKED.plusSeconds(2));
        census.progressTo(100, ASKED.plusSeconds(3));

        ReturnSummary summary = census.summary(ASKED.minusMinutes(30));
        assertThat(summary.state()).isEqualTo("Running");
        assertThat(summary.progress()).isEqualTo(99);
        assertThat(summary.fileName()).isEqualTo("cin-census-reading-2025-26.xml");
        assertThat(summary.what() + " " + summary.period()).isEqualTo("Children in Need census 2025-26");
        assertThatThrownBy(census::file).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFinishedReturnKeepsItsCountsTheFilesSha256AndTheFile() throws Exception {
        StatutoryReturn census = StatutoryReturn.census("READING", "2025-26", "data.demo", ASKED);
        ReturnFile.Recorder recorder = new ReturnFile.Recorder();
        recorder.out().write("<Message/>".getBytes(StandardCharsets.UTF_8));
        ReturnFile file = recorder.finish();
        census.finish(new ReturnCounts(12, 14, 0, 3), file, ASKED.plusMinutes(1));

        ReturnSummary summary = census.summary(ASKED.plusDays(1)); // kept returns are never "stopped"
        assertThat(summary.state()).isEqualTo("Done");
        assertThat(summary.done()).isTrue();
        assertThat(summary.progress()).isEqualTo(100);
        assertThat(summary).extracting(ReturnSummary::children, ReturnSummary::episodes, ReturnSummary::errors,
                ReturnSummary::queries, ReturnSummary::sha256, ReturnSummary::fileSize)
                .containsExactly(12, 14, 0, 3, file.sha256(), 10L);
        assertThat(census.file().sha256()).isEqualTo(file.sha256());
        assertThatThrownBy(() -> census.finish(new ReturnCounts(1, 1, 0, 0), file, ASKED.plusMinutes(2)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureIsKeptWithItsReasonAndALateOneChangesNothingKept() {
        StatutoryReturn failed = StatutoryReturn.census("READING", "2025-26", "data.demo", ASKED);
        failed.fail("Set the council's DfE LA number (below, on this page) first: the return states it", ASKED);
        assertThat(failed.summary(ASKED).state()).isEqualTo("Failed");
        assertThat(failed.summary(ASKED).failure()).startsWith("Set the council's DfE LA number");

        StatutoryReturn kept = StatutoryReturn.census("READING", "2025-26", "data.demo", ASKED);
        ReturnFile.Recorder recorder = new ReturnFile.Recorder();
        kept.finish(new ReturnCounts(0, 0, 0, 0), recorder.finish(), ASKED);
        kept.fail("too late", ASKED);
        assertThat(kept.summary(ASKED).state()).isEqualTo("Done");
    }

    @Test
    void aReturnRunningWithNoProgressForHalfAnHourIsShownStopped() {
        StatutoryReturn annexA = StatutoryReturn.annexA("SUFFOLK", LocalDate.of(2026, 11, 30),
                AnnexAFormat.parse("CSV_LIST_4"), "data.demo", ASKED);
        annexA.progressTo(10, ASKED.plusMinutes(1));

        assertThat(annexA.summary(ASKED).state()).isEqualTo("Running");
        ReturnSummary stopped = annexA.summary(ASKED.plusMinutes(2));
        assertThat(stopped.state()).isEqualTo("Stopped");
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.failure()).contains("Generate it again");
        assertThat(stopped.period()).isEqualTo("6 months to 30/11/2026");
        assertThat(stopped.format()).isEqualTo("List 4 (CSV)");
        assertThat(stopped.fileName()).isEqualTo("annex-a-list-4-suffolk-2026-11-30.csv");
    }
}
