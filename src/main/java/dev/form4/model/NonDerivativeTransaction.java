package dev.form4.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A Table I row that reports a transaction. */
public record NonDerivativeTransaction(
        FieldValue<String> securityTitle,
        FieldValue<LocalDate> transactionDate,
        FieldValue<LocalDate> deemedExecutionDate,
        FieldValue<String> transactionCode,
        FieldValue<Boolean> equitySwapInvolved,
        FieldValue<BigDecimal> transactionShares,
        FieldValue<BigDecimal> transactionPricePerShare,
        FieldValue<String> transactionAcquiredDisposedCode,
        FieldValue<BigDecimal> sharesOwnedFollowingTransaction,
        FieldValue<BigDecimal> valueOwnedFollowingTransaction,
        FieldValue<String> directOrIndirectOwnership,
        FieldValue<String> natureOfOwnership) {
}
