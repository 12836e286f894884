package io.tellerline.recommendation.application;

import io.tellerline.kernel.Role;
import io.tellerline.platform.BankCalendar;
import io.tellerline.recommendation.domain.FairnessReport;
import io.tellerline.recommendation.domain.RecommendationOffers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The recommendations' fairness report, for compliance officers and supervisors only. */
@Stateless
@RolesAllowed({Role.COMPLIANCE_OFFICER, Role.SUPERVISOR})
public class FairnessService {

  @Inject RecommendationOffers offers;
  @Inject BankCalendar calendar;

  public List<FairnessReport.Row> report() {
    return FairnessReport.rows(offers.population(), calendar.today());
  }
}
