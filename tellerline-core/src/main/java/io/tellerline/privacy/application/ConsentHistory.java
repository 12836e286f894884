package io.tellerline.privacy.application;

import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.ConsentRecord;
import java.util.List;

/**
 * A query port: a customer's consent history, every change oldest first (for her data export and
 * for a DPO's evidence). Callers check who may read it; this port does not.
 */
public interface ConsentHistory {

  List<ConsentRecord> historyOf(CustomerId customer);
}
