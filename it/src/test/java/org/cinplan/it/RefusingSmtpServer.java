package org.cinplan.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that answers but refuses every recipient ({@code 550}), as a mail server refuses an address it will
 * not deliver to: the sender's failure is for good, not one to try again. GreenMail accepts every recipient, so the
 * refusal is played here, on the port the test server's mail session sends to. Runs in the test server's JVM.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    private RefusingSmtpServer(int port) throws IOException {
        socket = new ServerSocket(port, 10, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(this::acceptAll, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static RefusingSmtpServer on(int port) throws IOException {
        return new RefusingSmtpServer(port);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                converse(client);
            } catch (IOException closedOrDropped) {
                // the test closed the server, or the client hung up: wait for the next one
            }
        }
    }

    private static void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 refusing.example.org ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("QUIT")) {
                reply(out, "221 Bye");
                return;
            }
            reply(out, command.startsWith("RCPT") ? "550 5.1.1 Recipient refused: no such mailbox here" : "250 OK");
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
