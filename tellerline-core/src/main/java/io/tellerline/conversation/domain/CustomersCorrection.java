package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;

/** An intent correction and the customer whose message it labels (whose consent it needs). */
public record CustomersCorrection(IntentCorrection correction, CustomerId customer) {}
