/**
 * Platform: what every capability runs on and nothing business-specific — the clock and the bank's
 * calendar (time zone, "today"), the database settings, the Flyway migration at start-up and the
 * health check — and the production gate: in the production profile, settings a bank must never run
 * on (development secrets, missing keystores, demo data, one database role, plain-HTTP issuer) fail
 * the deployment before anything else runs ({@code domain.ProductionReadiness}). Uses only the
 * kernel.
 */
package io.tellerline.platform;
