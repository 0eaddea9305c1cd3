package dev.form4.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A Table II row that reports a transaction. */
public record DerivativeTransaction(
        FieldValue<String> securityTitle,
        FieldValue<BigDecimal> conversionOrExercisePrice,
        FieldValue<LocalDate> transactionDate,
        FieldValue<LocalDate> deemedExecutionDate,
        FieldValue<String> transactionCode,
        FieldValue<Boolean> equitySwapInvolved,
        FieldValue<BigDecimal> transactionShares,
        FieldValue<BigDecimal> transactionPricePerShare,
        FieldValue<String> transactionAcquiredDisposedCode,
        FieldValue<LocalDate> exerciseDate,
        FieldValue<LocalDate> expirationDate,
        FieldValue<String> underlyingSecurityTitle,
        FieldValue<BigDecimal> underlyingSecurityShares,
        FieldValue<BigDecimal> sharesOwnedFollowingTransaction,
        FieldValue<BigDecimal> valueOwnedFollowingTransaction,
        FieldValue<String> directOrIndirectOwnership,
        FieldValue<String> natureOfOwnership) {
}
