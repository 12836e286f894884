/**
 * Platform: what every capability runs on and nothing business-specific — the clock and the bank's
 * calendar (time zone, "today"), the database settings, the Flyway migration at start-up and the
 * health check. Uses only the kernel.
 */
package io.tellerline.platform;
