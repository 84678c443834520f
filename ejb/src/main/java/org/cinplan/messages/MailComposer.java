package org.cinplan.messages;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.util.Date;

/**
 * Turns a queued message into a MIME message: plain text, with its documents attached; for an invitation a
 * text/calendar part with the iTIP method (what calendar programs act on) and the same object attached as
 * {@code invite.ics}.
 */
final class MailComposer {

    private MailComposer() {
    }

    static MimeMessage compose(Session session, String sender, Envelope envelope)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(sender, "cinplan"));
        message.setRecipient(MimeMessage.RecipientType.TO, envelope.recipientName() == null
                ? new InternetAddress(envelope.recipient(), true)
                : new InternetAddress(envelope.recipient(), envelope.recipientName(), "UTF-8"));
        message.setSubject(envelope.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (envelope.calendar() == null && envelope.attachments().isEmpty()) {
            message.setText(envelope.body(), "UTF-8");
        } else if (envelope.calendar() == null) {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(envelope.body(), "UTF-8");
            MimeMultipart mixed = new MimeMultipart("mixed", text);
            for (Attachment attachment : envelope.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        } else {
            String method = envelope.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            MimeBodyPart text = new MimeBodyPart();
            text.setText(envelope.body(), "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(envelope.calendar(), "text/calendar; charset=UTF-8; method=" + method);
            MimeMultipart alternative = new MimeMultipart("alternative", text, calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(envelope.calendar(), "application/ics; charset=UTF-8");
            attachment.setFileName("invite.ics");
            message.setContent(new MimeMultipart("mixed", body, attachment));
        }
        message.saveChanges();
        return message;
    }
}
