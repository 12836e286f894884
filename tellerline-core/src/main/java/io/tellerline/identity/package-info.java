/**
 * Identity: who is calling and how strongly they authenticated. Owns the authentication policy
 * (which action needs which level and age; read from {@code authentication-policy.csv}), token
 * verification (Keycloak, Nimbus JOSE) and the staff operations on a customer's login through the
 * isolated Keycloak admin client; staff need-to-know ({@code StaffAccessPolicy}, checked by {@code
 * StaffAccess}) and four eyes ({@code Approval}, {@code FourEyes}). Asks banking's customer
 * register for a customer's login through its own port, {@code CustomerLogins}, and the
 * conversations for how staff stand to them through {@code StaffRelations}. Uses audit, the
 * platform and the kernel.
 */
package io.tellerline.identity;
