/**
 * Identity: who is calling and how strongly they authenticated. Owns the authentication policy
 * (which action needs which level and age; read from {@code authentication-policy.csv}), token
 * verification (Keycloak, Nimbus JOSE) and the staff operations on a customer's login through the
 * isolated Keycloak admin client. Asks banking's customer register for a customer's login through
 * its own port, {@code CustomerLogins}. Uses audit, the platform and the kernel.
 */
package io.tellerline.identity;
