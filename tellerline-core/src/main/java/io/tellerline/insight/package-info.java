/**
 * Insights: explainable, rule-based hints drawn from a customer's own transactions (a price rise in
 * a regular payment, an unusual debit, a duplicate charge, a balance that may not last until the
 * next income), shown only with her consent ({@code PERSONAL_INSIGHTS}), each an audited decision
 * naming its rule and version, dismissable with feedback. Uses privacy, banking, audit, the
 * platform and the kernel.
 */
package io.tellerline.insight;
