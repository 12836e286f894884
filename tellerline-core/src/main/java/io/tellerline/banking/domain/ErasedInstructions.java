package io.tellerline.banking.domain;

/**
 * What an erasure changed in the customer's payment instructions.
 *
 * @param payees saved payees whose name and IBAN were masked
 * @param scheduledTransfers scheduled transfers deleted
 * @param standingOrders standing orders to those payees cancelled, their reference masked
 */
public record ErasedInstructions(int payees, int scheduledTransfers, int standingOrders) {}
