package org.cinplan.messages;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;

import javax.naming.NamingException;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the send log holds, outside any transaction: at once after something is queued ({@link #deliverSoon},
 * on another thread) and every minute for what a temporary failure left waiting. Each attempt's result goes into the
 * send log; a refused address is failed for good, anything else (the server down or busy) is tried again later.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @EJB
    private Outbox outbox;

    @Inject
    private MailSession mail;

    @Resource
    private SessionContext context;

    /**
     * Queues messages (committed in a transaction of their own) and has them sent at once on another thread, so the
     * caller (an observer after a commit) never waits on SMTP.
     */
    public void queue(List<NewMessage> messages) {
        if (!messages.isEmpty()) {
            outbox.queue(messages);
            context.getBusinessObject(MailDelivery.class).deliverSoon();
        }
    }

    /** Sends what is due, on another thread. */
    @Asynchronous
    public void deliverSoon() {
        deliverDue();
    }

    @Schedule(hour = "*", minute = "*", persistent = false, info = "cinplan-mail-retry")
    public void retryDue() {
        deliverDue();
    }

    private void deliverDue() {
        for (long id : outbox.dueIds()) {
            outbox.claim(id).ifPresent(this::send);
        }
    }

    private void send(Envelope envelope) {
        try {
            Transport.send(MailComposer.compose(mail.session(), mail.sender(), envelope));
            outbox.sent(envelope.id());
        } catch (NamingException e) {
            record(envelope, "No mail session " + MailSession.JNDI_NAME + " is configured on the server", true, e);
        } catch (AddressException | UnsupportedEncodingException e) {
            record(envelope, "The address was refused: " + e.getMessage(), false, e);
        } catch (SendFailedException e) {
            boolean refusedAddress = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            record(envelope, describe(e), !refusedAddress, e);
        } catch (MessagingException | RuntimeException e) {
            record(envelope, describe(e), true, e);
        }
    }

    private void record(Envelope envelope, String error, boolean temporary, Exception cause) {
        LOG.log(Level.WARNING, () -> "cinplan: message " + envelope.id() + " (" + envelope.kind().label()
                + ") not sent: " + error + (temporary ? "; it will be tried again" : ""));
        LOG.log(Level.FINE, "cinplan: message not sent", cause);
        outbox.failed(envelope.id(), error, temporary);
    }

    /** The failure and its causes in one line (the mail server's reply is often in a cause). */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 900; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip());
        }
        return text.toString();
    }
}
