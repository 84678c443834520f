/**
 * Audit: an append-only trail of who viewed or changed what, who signed in or was refused, and what
 * administrators did. Each entry carries the SHA-256 hash of the one before it, so altering, deleting or
 * inserting an entry is found when the chain is checked. Owns only its own tables; other areas call
 * {@link org.cinplan.audit.AuditTrail} and refer to their records by type and id.
 */
package org.cinplan.audit;
