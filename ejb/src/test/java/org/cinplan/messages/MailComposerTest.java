package org.cinplan.messages;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailComposerTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n";

    /** The message as a mail server receives it, read back. */
    private static MimeMessage sentAndReadBack(Envelope envelope) throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        MailComposer.compose(SESSION, "cinplan@council.example.org", envelope).writeTo(wire);
        return new MimeMessage(SESSION, new ByteArrayInputStream(wire.toByteArray()));
    }

    @Test
    void aPlainMessageIsTextToTheNamedRecipientFromCinplan() throws Exception {
        MimeMessage message = sentAndReadBack(new Envelope(1, MessageKind.DIGEST, "sam@council.example.org",
                "Sam Worker", "cinplan: 1 overdue", "Dear Sam", null, List.of()));

        assertThat(message.getFrom()[0].toString()).isEqualTo("cinplan <cinplan@council.example.org>");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("Sam Worker <sam@council.example.org>");
        assertThat(message.getSubject()).isEqualTo("cinplan: 1 overdue");
        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(message.getContent().toString()).isEqualTo("Dear Sam");
    }

    @Test
    void anInvitationCarriesItsCalendarAsAnItipPartAndAsInviteIcs() throws Exception {
        MimeMessage message = sentAndReadBack(new Envelope(2, MessageKind.CANCELLATION, "gp@surgery.example.org",
                "Dr Shah", "Cancelled: ...", "The meeting is cancelled", CALENDAR, List.of()));

        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        BodyPart calendar = alternative.getBodyPart(1);
        assertThat(calendar.getContentType()).contains("text/calendar").contains("method=CANCEL");
        assertThat(new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("METHOD:CANCEL");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invite.ics");
    }

    @Test
    void documentsAreAttachedWithTheirNamesAndExactBytes() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xFF};
        MimeMessage message = sentAndReadBack(new Envelope(3, MessageKind.MINUTES, "head@school.example.org",
                "Mrs Lowe", "OFFICIAL-SENSITIVE: Minutes", "OFFICIAL-SENSITIVE", null,
                List.of(new Attachment("cin-meeting-minutes-9.pdf", "application/pdf", pdf))));

        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getBodyPart(0).getContent().toString()).isEqualTo("OFFICIAL-SENSITIVE");
        BodyPart attached = mixed.getBodyPart(1);
        assertThat(attached.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attached.getFileName()).isEqualTo("cin-meeting-minutes-9.pdf");
        assertThat(attached.isMimeType("application/pdf")).isTrue();
        assertThat(attached.getInputStream().readAllBytes()).isEqualTo(pdf);
    }
}
