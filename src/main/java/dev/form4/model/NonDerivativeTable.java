package dev.form4.model;

import java.util.List;

/** Table I: non-derivative securities acquired, disposed of, or beneficially owned. */
public record NonDerivativeTable(List<NonDerivativeTransaction> transactions, List<NonDerivativeHolding> holdings) {
    public NonDerivativeTable {
        transactions = List.copyOf(transactions);
        holdings = List.copyOf(holdings);
    }
}
