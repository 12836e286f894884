/**
 * Audit: the append-only, tamper-evident audit trail. Owns {@code AuditEvent} and its types, the
 * trail port every capability records to in its own transaction, the RFC 9162 Merkle log with
 * signed tree heads (JDBC), and the compliance officers' search, proof, verification and export.
 * Uses the platform and the kernel.
 */
package io.tellerline.audit;
