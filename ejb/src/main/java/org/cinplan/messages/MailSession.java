package org.cinplan.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The application server's mail session {@value #JNDI_NAME} (server-config configures its SMTP host, port, TLS and
 * sender) and the address links in emails point to. Looked up when needed, so a server without the mail session
 * still starts: every message then waits in the send log with the reason, and is sent once the session exists.
 */
@ApplicationScoped
class MailSession {

    static final String JNDI_NAME = "mail/cinplan";
    private static final String FALLBACK_SENDER = "cinplan@localhost";

    /** The address people open cinplan at, for links in emails (e.g. https://cinplan.example.org/cinplan/). */
    @Inject
    @ConfigProperty(name = "cinplan.public-url", defaultValue = "http://localhost:8080/cinplan/")
    private String publicUrl;

    /** The mail session; a NamingException says it is not configured. */
    Session session() throws NamingException {
        return (Session) new InitialContext().lookup(JNDI_NAME);
    }

    /** The sender's address: the mail session's {@code mail.from}. */
    String sender() {
        try {
            String from = session().getProperty("mail.from");
            return from == null || from.isBlank() ? FALLBACK_SENDER : from;
        } catch (NamingException e) {
            return FALLBACK_SENDER;
        }
    }

    /** The link to a case's page. */
    String caseLink(long episodeId) {
        return base() + "case.xhtml?episode=" + episodeId;
    }

    String base() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
