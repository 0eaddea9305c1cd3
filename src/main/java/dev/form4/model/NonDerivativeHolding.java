package dev.form4.model;

import java.math.BigDecimal;

/** A Table I row that reports a holding only (no transaction). */
public record NonDerivativeHolding(
        FieldValue<String> securityTitle,
        FieldValue<BigDecimal> sharesOwnedFollowingTransaction,
        FieldValue<BigDecimal> valueOwnedFollowingTransaction,
        FieldValue<String> directOrIndirectOwnership,
        FieldValue<String> natureOfOwnership) {
}
