/**
 * Shared kernel: the few values every capability speaks — {@link io.tellerline.kernel.CustomerId}
 * (the customer, also their pseudonym in the audit trail), {@link io.tellerline.kernel.Caller} (a
 * verified caller: subject, roles, how strongly and when they authenticated) and {@link
 * io.tellerline.kernel.Role} (the realm roles) — and how every capability fails: {@link
 * io.tellerline.kernel.BusinessException} with a {@link io.tellerline.kernel.FailureKind}, a
 * problem type and a text in {@code Failures*.properties}; {@link io.tellerline.kernel.TextLimit}
 * for what people may type; {@link io.tellerline.kernel.SerializedRecord} for records with optional
 * values that a replicated session keeps.
 *
 * <p>Capabilities form one chain; each may use those before it, never those after it (enforced by
 * {@code ArchitectureTest}): kernel ← platform ← audit ← identity ← banking ← privacy ← knowledge ←
 * conversation ← startup. The kernel depends on no capability.
 */
package io.tellerline.kernel;
