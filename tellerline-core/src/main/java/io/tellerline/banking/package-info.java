/**
 * Banking: the customer's bank — the {@code CoreBanking} port (accounts, transactions, cards,
 * payees, transfers, statements; the demo bank behind it) and its siblings {@code StandingOrders},
 * {@code DirectDebits} and {@code Payees} (adding one), IBANs, the customer register ({@code
 * CustomerDirectory}), money, postal addresses, statements and their PDF, and the staff's overview
 * of a customer. Uses identity, audit, the platform and the kernel.
 */
package io.tellerline.banking;
