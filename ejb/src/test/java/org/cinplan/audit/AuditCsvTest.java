package org.cinplan.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain text|plain text",
            "a, b|`\"a, b\"`",
            "=SUM(A1:A2)|'=SUM(A1:A2)",
            "+44 1234|'+44 1234",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "=HYPERLINK(\"x\",\"y\")|`\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"`",
            "a=b|a=b",
            "'already|'already",
    })
    void cellsAreQuotedAndMadeSafe(String value, String expected) {
        assertThat(AuditCsv.cell(value)).isEqualTo(expected);
    }

    @Test
    void quotesAreDoubledInsideQuotes() {
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void lineBreaksAndTabsAreKeptInsideQuotes() {
        assertThat(AuditCsv.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
        assertThat(AuditCsv.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(AuditCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AuditCsv.cell("\r\n=1")).isEqualTo("\"'\r\n=1\"");
    }

    @Test
    void nullAndEmptyAreEmptyFields() {
        assertThat(AuditCsv.cell(null)).isEmpty();
        assertThat(AuditCsv.cell("")).isEmpty();
        assertThat(AuditCsv.row(Arrays.asList("a", null, "", "b"))).isEqualTo("a,,,b\r\n");
    }

    @Test
    void anExportHasAHeaderAndOneRecordAnEntry() {
        StringBuilder out = new StringBuilder();
        AuditCsv.write(List.of(
                new AuditEntryView(17, 7L, Instant.parse("2026-01-05T09:00:00.123456Z"), "jsmith", "CHANGE_RECORD",
                        "Child", "42", 42L, "given_name: \"Sam\" → Samuel, family_name: =cmd", "SUCCESS"),
                new AuditEntryView(18, null, Instant.parse("2026-01-05T09:01:00Z"), "-attacker", "SIGN_IN_FAILED", null,
                        null, null, null, "FAILURE")), out);

        assertThat(out.toString()).isEqualTo(
                "Entry,Sequence,Time (UTC),Person,Action,Record type,Record id,Child id,Detail,Outcome\r\n"
                        + "17,7,2026-01-05T09:00:00.123456Z,jsmith,CHANGE_RECORD,Child,42,42,"
                        + "\"given_name: \"\"Sam\"\" → Samuel, family_name: =cmd\",SUCCESS\r\n"
                        + "18,,2026-01-05T09:01:00Z,'-attacker,SIGN_IN_FAILED,,,,,FAILURE\r\n");
    }
}
