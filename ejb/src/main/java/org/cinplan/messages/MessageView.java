package org.cinplan.messages;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A message of the send log as pages show it; times in UK time. {@code problem} is true while it failed for good or
 * waits to be tried again after a failure.
 */
public record MessageView(long id, String kind, String recipient, String subject, String status, int attempts,
                          LocalDateTime queuedAt, LocalDateTime lastAttemptAt, LocalDateTime nextAttemptAt,
                          String lastError, boolean problem) implements Serializable {
}
