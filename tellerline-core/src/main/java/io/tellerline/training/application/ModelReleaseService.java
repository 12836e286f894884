package io.tellerline.training.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.application.FourEyes;
import io.tellerline.identity.application.StaffAuditFields;
import io.tellerline.identity.application.StepUpGuard;
import io.tellerline.identity.domain.Approval;
import io.tellerline.identity.domain.ApprovalKind;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import io.tellerline.training.domain.ModelStatus;
import io.tellerline.training.domain.ModelVersion;
import io.tellerline.training.domain.ModelVersions;
import io.tellerline.training.domain.ModelVersions.Approved;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate's way to customers: shadow, then four-eyes promotion by a model approver who did not
 * train it, after her own recent multi-factor authentication (policy action {@value #ACTION}); or
 * rejection. One click back to any earlier approved model, with step-up but without a second
 * person: that model passed four eyes already, and in an incident the way back must not wait for
 * one (see compliance-docs/model-governance.md). Every instance switches within seconds (database
 * notification); every step is audited.
 */
@Stateless
@RolesAllowed(Role.MODEL_APPROVER)
public class ModelReleaseService {

  static final String ACTION = "model.release";

  @Inject ModelVersions models;
  @Inject FourEyes fourEyes;
  @Inject StepUpGuard stepUp;
  @Inject Audit audit;
  @Inject Clock clock;

  /** The candidate scores live turns without answering; a candidate in shadow before goes back. */
  @RolesAllowed({Role.SUPERVISOR, Role.ADMIN, Role.MODEL_APPROVER})
  public void startShadow(UUID id) {
    ModelVersion model = releasable(id);
    if (model.status() == ModelStatus.SHADOW) {
      return;
    }
    models
        .inShadow()
        .ifPresent(
            before -> models.changeStatus(before.id(), ModelStatus.SHADOW, ModelStatus.CANDIDATE));
    models.changeStatus(id, ModelStatus.CANDIDATE, ModelStatus.SHADOW);
    audit
        .staffAction(AuditEventType.MODEL_SHADOW_CHANGED)
        .with("model", id.toString())
        .with("version", model.version())
        .with("shadow", true)
        .record();
  }

  /**
   * A second person approves the candidate and it goes live on every instance.
   *
   * @throws io.tellerline.identity.application.StaffStepUpRequiredException if her authentication
   *     is too weak or too old
   * @throws io.tellerline.identity.application.SamePersonApprovalException if she trained it
   */
  public ModelVersion approve(Caller approver, UUID id) {
    PolicyDecision decision =
        stepUp.require(ACTION, approver, refused -> refused(approver, id, "APPROVE", refused));
    ModelVersion model = releasable(id);
    Approval approval =
        fourEyes.countersign(
            ApprovalKind.MODEL_RELEASE, id.toString(), model.trainedBy(), model.trainedBy());
    String replaced = models.live().map(ModelVersion::version).orElse("");
    models.makeLive(
        id, Optional.of(new Approved(approver.username(), approval.id())), clock.instant());
    audit
        .staffAction(AuditEventType.MODEL_PROMOTED)
        .withAll(StaffAuditFields.of(approver, decision))
        .with("model", id.toString())
        .with("version", model.version())
        .with("artifactSha256", model.artifactSha256())
        .with("trainedBy", model.trainedBy())
        .with("approvedBy", approver.username())
        .with("approval", approval.id().toString())
        .with("replaced", replaced)
        .record();
    return model;
  }

  /** One click back to an earlier approved model (step-up, audited, no second person). */
  @RolesAllowed({Role.MODEL_APPROVER, Role.ADMIN})
  public ModelVersion rollBack(Caller staff, UUID id) {
    PolicyDecision decision =
        stepUp.require(ACTION, staff, refused -> refused(staff, id, "ROLL_BACK", refused));
    ModelVersion target = models.find(id).orElseThrow(ModelNotFoundException::new);
    if (!target.rollbackTarget()) {
      throw new ModelNotReleasableException(target.status());
    }
    String replaced = models.live().map(ModelVersion::version).orElse("");
    models.makeLive(id, Optional.empty(), clock.instant());
    audit
        .staffAction(AuditEventType.MODEL_ROLLED_BACK)
        .withAll(StaffAuditFields.of(staff, decision))
        .with("model", id.toString())
        .with("version", target.version())
        .with("approvedBy", target.approvedBy())
        .with("replaced", replaced)
        .record();
    return target;
  }

  /** The candidate will never go live. */
  public void reject(UUID id) {
    ModelVersion model = releasable(id);
    models.changeStatus(id, model.status(), ModelStatus.REJECTED);
    audit
        .staffAction(AuditEventType.MODEL_REJECTED)
        .with("model", id.toString())
        .with("version", model.version())
        .with("trainedBy", model.trainedBy())
        .record();
  }

  private ModelVersion releasable(UUID id) {
    ModelVersion model = models.find(id).orElseThrow(ModelNotFoundException::new);
    if (!model.status().releasable()) {
      throw new ModelNotReleasableException(model.status());
    }
    return model;
  }

  private void refused(Caller staff, UUID id, String step, PolicyDecision decision) {
    audit
        .staffAction(
            "APPROVE".equals(step)
                ? AuditEventType.MODEL_PROMOTED
                : AuditEventType.MODEL_ROLLED_BACK)
        .withAll(StaffAuditFields.of(staff, decision))
        .with("model", id.toString())
        .with("result", "STEP_UP_REQUIRED")
        .record();
  }
}
