/**
 * Recommendations (issue 21, item 2): deterministic, versioned rules over a customer's own accounts
 * suggest one of the bank's products with the reason in plain words; eligibility is checked against
 * the product's rules held as data ({@code product_rule}, linked to a published knowledge-base
 * article); offered only with her consent ({@code PRODUCT_OFFERS}), never again after her decision,
 * never an investment product; each offer an audited decision naming rule and version. A fairness
 * report compares offer and acceptance rates across languages and customer groups. Uses insight
 * (its choice of language), privacy, banking, audit, the platform and the kernel.
 */
package io.tellerline.recommendation;
