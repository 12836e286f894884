/**
 * Start-up: code that runs once when the application starts and needs several capabilities, such as
 * the audit record of what decides customers' answers ({@code StartupAudit}). Last in the chain:
 * nothing depends on it.
 */
package io.tellerline.startup;
