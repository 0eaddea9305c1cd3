package dev.form4.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A Table II row that reports a holding only (no transaction). */
public record DerivativeHolding(
        FieldValue<String> securityTitle,
        FieldValue<BigDecimal> conversionOrExercisePrice,
        FieldValue<LocalDate> exerciseDate,
        FieldValue<LocalDate> expirationDate,
        FieldValue<String> underlyingSecurityTitle,
        FieldValue<BigDecimal> underlyingSecurityShares,
        FieldValue<BigDecimal> sharesOwnedFollowingTransaction,
        FieldValue<BigDecimal> valueOwnedFollowingTransaction,
        FieldValue<String> directOrIndirectOwnership,
        FieldValue<String> natureOfOwnership) {
}
