package io.tellerline.audit.application;

import java.util.Optional;

/**
 * The source of the request being served, for the audit trail. A port: only the web layer knows the
 * request, and only there can the address be tokenized without the audit capability depending on
 * the privacy capability (which audits through it).
 */
public interface RequestSources {

  /** Empty outside a request (timers, background work, start-up). */
  Optional<RequestSource> current();
}
