package dev.form4.model;

import java.util.List;

/** Table II: derivative securities acquired, disposed of, or beneficially owned. */
public record DerivativeTable(List<DerivativeTransaction> transactions, List<DerivativeHolding> holdings) {
    public DerivativeTable {
        transactions = List.copyOf(transactions);
        holdings = List.copyOf(holdings);
    }
}
