package org.cinplan.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A downloaded PDF read back with PDFBox: its title and its text, lines joined (wrapped text reads as typed). */
public record PdfText(String title, String text, int pages) {

    public static PdfText of(byte[] pdf) {
        assertThat(new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.US_ASCII)).as("a PDF").isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PdfText(document.getDocumentInformation().getTitle(),
                    new PDFTextStripper().getText(document).replaceAll("\\s+", " "), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times the text holds this. */
    public int count(String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
