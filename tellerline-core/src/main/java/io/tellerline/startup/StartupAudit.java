package io.tellerline.startup;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.infrastructure.AuditSigningKey;
import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.identity.domain.AuthenticationPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Records each start of the application in the audit log, with what decides customers' answers: the
 * model version and its training data, the authentication policy version, the signing key.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class StartupAudit {

  @Inject Audit audit;
  @Inject MessageUnderstanding understanding;
  @Inject AuthenticationPolicy policy;
  @Inject AuditSigningKey signingKey;

  @PostConstruct
  void recordStart() {
    audit
        .systemEvent(AuditEventType.SYSTEM_STARTED)
        .with("modelVersion", understanding.modelVersion())
        .with("trainingDataSha256", understanding.trainingDataSha256())
        .with("policyVersion", policy.version())
        .with("signingKeyId", signingKey.key().keyId())
        .with("java", Runtime.version().toString())
        .record();
  }
}
