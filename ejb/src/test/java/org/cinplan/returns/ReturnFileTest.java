package org.cinplan.returns;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A return's kept file: its SHA-256 and size are the file's own, and it is given back byte for byte. */
class ReturnFileTest {

    @Test
    void theSha256IsTheFilesOwnNotTheCompressedOnes() throws IOException {
        ReturnFile.Recorder recorder = new ReturnFile.Recorder();
        recorder.out().write("abc".getBytes(StandardCharsets.US_ASCII));
        ReturnFile file = recorder.finish();

        // FIPS 180-2's example: SHA-256("abc")
        assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(file.size()).isEqualTo(3);
    }

    @Test
    void theFileComesBackByteForByteFromItsCompressedCopy() throws IOException {
        String census = "<Message><Child>" + "<CINdetails/>".repeat(2000) + "</Child></Message>";
        ReturnFile.Recorder recorder = new ReturnFile.Recorder();
        try (OutputStream out = recorder.out()) { // a writer that closes its stream (as a workbook does)
            out.write(census.getBytes(StandardCharsets.UTF_8));
        }
        ReturnFile file = recorder.finish();

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        file.writeTo(back);
        assertThat(back.toString(StandardCharsets.UTF_8)).isEqualTo(census);
        assertThat(file.size()).isEqualTo(census.length());
        assertThat(file.compressed().length).as("kept compressed").isLessThan(census.length() / 10);
    }

    @Test
    void twoFilesThatDifferByOneByteHaveDifferentSha256s() throws IOException {
        assertThat(sha256Of("<LEA>870</LEA>")).isNotEqualTo(sha256Of("<LEA>871</LEA>"))
                .isEqualTo(sha256Of("<LEA>870</LEA>"));
    }

    private static String sha256Of(String content) throws IOException {
        ReturnFile.Recorder recorder = new ReturnFile.Recorder();
        recorder.out().write(content.getBytes(StandardCharsets.UTF_8));
        return recorder.finish().sha256();
    }
}
