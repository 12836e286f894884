package io.tellerline.startup;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.domain.AuditTrail;
import io.tellerline.audit.infrastructure.AuditSigningKey;
import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.identity.domain.AuthenticationPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Records each start of the application in the audit log, with what decides customers' answers: the
 * model version and its training data, the authentication policy version, the signing key.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class StartupAudit {

  @Inject AuditTrail trail;
  @Inject MessageUnderstanding understanding;
  @Inject AuthenticationPolicy policy;
  @Inject AuditSigningKey signingKey;
  @Inject Clock clock;

  @PostConstruct
  void recordStart() {
    String payload =
        "{\"modelVersion\":\""
            + understanding.modelVersion()
            + "\",\"trainingDataSha256\":\""
            + understanding.trainingDataSha256()
            + "\",\"policyVersion\":\""
            + policy.version()
            + "\",\"signingKeyId\":\""
            + signingKey.key().keyId()
            + "\",\"java\":\""
            + Runtime.version()
            + "\"}";
    trail.record(
        new AuditEvent(AuditEventType.SYSTEM_STARTED, "system", null, payload, clock.instant()));
  }
}
