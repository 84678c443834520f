package org.cinplan.web.admin;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadCheckTest {

    @Test
    void aJsonFileOfAtMostOneMegabyteIsAccepted() {
        assertThat(UploadCheck.problem("bank-holidays.json", 10_000)).isEmpty();
        assertThat(UploadCheck.problem("BANK-HOLIDAYS.JSON", UploadCheck.MAX_BYTES)).isEmpty();
    }

    @Test
    void noFileIsRefused() {
        assertThat(UploadCheck.problem(null, 0)).contains("Choose a bank-holidays.json file to upload.");
        assertThat(UploadCheck.problem("bank-holidays.json", 0)).contains("Choose a bank-holidays.json file to upload.");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedNamingIt() {
        assertThat(UploadCheck.problem("C:\\Users\\me\\holidays.csv", 100))
                .contains("Choose a .json file: the GOV.UK bank-holidays.json, not holidays.csv.");
    }

    @Test
    void aFileOverOneMegabyteIsRefusedSayingHowBig() {
        assertThat(UploadCheck.problem("bank-holidays.json", UploadCheck.MAX_BYTES + 1))
                .contains("That file is 1025 KB; a bank-holidays file is at most 1 MB.");
    }

    @Test
    void namesAreCleanedBeforeTheyAreShownOrRecorded() {
        assertThat(UploadCheck.safeName("../../etc/passwd\n.json")).isEqualTo("passwd.json");
        assertThat(UploadCheck.safeName("a".repeat(150) + ".json")).hasSize(UploadCheck.MAX_NAME + 1).endsWith("…");
        assertThat(UploadCheck.safeName(null)).isEqualTo("(no name)");
    }

    @Test
    void anOptimisticLockFailureIsFoundWhereverTheContainerWrappedIt() {
        assertThat(StaffMessages.causedByOptimisticLock(
                new EJBException(new PersistenceException(new OptimisticLockException("stale"))))).isTrue();
        assertThat(StaffMessages.causedByOptimisticLock(new EJBException(new IllegalStateException()))).isFalse();
    }
}
