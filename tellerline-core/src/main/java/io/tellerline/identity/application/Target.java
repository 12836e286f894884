package io.tellerline.identity.application;

import io.tellerline.audit.application.AuditEventBuilder;
import io.tellerline.identity.domain.StaffRelation;
import io.tellerline.identity.domain.StaffRelations;
import io.tellerline.kernel.CustomerId;
import java.util.UUID;

/** What a need-to-know check is about, and how the member of staff stands to it. */
record Target(String kind, String id, StaffRelation relation) {

  static final Target ALL = new Target("all", "*", StaffRelation.NONE);

  static Target conversation(UUID id, StaffRelations relations, String staff) {
    return new Target("conversation", id.toString(), relations.toConversation(id, staff));
  }

  static Target customer(CustomerId id, StaffRelations relations, String staff) {
    return new Target("customer", id.value().toString(), relations.toCustomer(id, staff));
  }

  /** The grant's key: {@code conversation:<id>}, {@code customer:<id>} or {@code all:*}. */
  String key() {
    return kind + ":" + id;
  }

  /** Names the target in an audit event (a conversation as the event's conversation). */
  AuditEventBuilder describe(AuditEventBuilder event) {
    return "conversation".equals(kind)
        ? event.inConversation(UUID.fromString(id))
        : "customer".equals(kind) ? event.with("customer", id) : event;
  }
}
