package dev.form4.eval;

import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;

import java.util.List;

import static dev.form4.eval.Comparison.CHECKBOX;
import static dev.form4.eval.Comparison.DATE;
import static dev.form4.eval.Comparison.NUMBER;
import static dev.form4.eval.Comparison.TEXT;
import static dev.form4.eval.ScoredField.of;

/**
 * The fields the printed form shows, per record type, in form order. Not scored, because the form never
 * prints them: CIKs, transactionFormType, transactionTimeliness, the schema version, the state description.
 */
final class ScoredFields {

    private ScoredFields() {
    }

    static final List<ScoredField<ReportingOwner>> OWNER = List.of(
            of("name", ReportingOwner::name, TEXT), of("street1", ReportingOwner::street1, TEXT),
            of("street2", ReportingOwner::street2, TEXT), of("city", ReportingOwner::city, TEXT),
            of("state", ReportingOwner::state, TEXT), of("zipCode", ReportingOwner::zipCode, TEXT),
            of("isDirector", ReportingOwner::isDirector, CHECKBOX), of("isOfficer", ReportingOwner::isOfficer, CHECKBOX),
            of("isTenPercentOwner", ReportingOwner::isTenPercentOwner, CHECKBOX),
            of("isOther", ReportingOwner::isOther, CHECKBOX), of("officerTitle", ReportingOwner::officerTitle, TEXT),
            of("otherText", ReportingOwner::otherText, TEXT));

    static final List<ScoredField<NonDerivativeTransaction>> NON_DERIVATIVE_TRANSACTION = List.of(
            of("securityTitle", NonDerivativeTransaction::securityTitle, TEXT),
            of("transactionDate", NonDerivativeTransaction::transactionDate, DATE),
            of("deemedExecutionDate", NonDerivativeTransaction::deemedExecutionDate, DATE),
            of("transactionCode", NonDerivativeTransaction::transactionCode, TEXT),
            of("equitySwapInvolved", NonDerivativeTransaction::equitySwapInvolved, CHECKBOX),
            of("transactionShares", NonDerivativeTransaction::transactionShares, NUMBER),
            of("transactionAcquiredDisposedCode", NonDerivativeTransaction::transactionAcquiredDisposedCode, TEXT),
            of("transactionPricePerShare", NonDerivativeTransaction::transactionPricePerShare, NUMBER),
            of("sharesOwnedFollowingTransaction", NonDerivativeTransaction::sharesOwnedFollowingTransaction, NUMBER),
            of("valueOwnedFollowingTransaction", NonDerivativeTransaction::valueOwnedFollowingTransaction, NUMBER),
            of("directOrIndirectOwnership", NonDerivativeTransaction::directOrIndirectOwnership, TEXT),
            of("natureOfOwnership", NonDerivativeTransaction::natureOfOwnership, TEXT));

    static final List<ScoredField<NonDerivativeHolding>> NON_DERIVATIVE_HOLDING = List.of(
            of("securityTitle", NonDerivativeHolding::securityTitle, TEXT),
            of("sharesOwnedFollowingTransaction", NonDerivativeHolding::sharesOwnedFollowingTransaction, NUMBER),
            of("valueOwnedFollowingTransaction", NonDerivativeHolding::valueOwnedFollowingTransaction, NUMBER),
            of("directOrIndirectOwnership", NonDerivativeHolding::directOrIndirectOwnership, TEXT),
            of("natureOfOwnership", NonDerivativeHolding::natureOfOwnership, TEXT));

    static final List<ScoredField<DerivativeTransaction>> DERIVATIVE_TRANSACTION = List.of(
            of("securityTitle", DerivativeTransaction::securityTitle, TEXT),
            of("conversionOrExercisePrice", DerivativeTransaction::conversionOrExercisePrice, NUMBER),
            of("transactionDate", DerivativeTransaction::transactionDate, DATE),
            of("deemedExecutionDate", DerivativeTransaction::deemedExecutionDate, DATE),
            of("transactionCode", DerivativeTransaction::transactionCode, TEXT),
            of("equitySwapInvolved", DerivativeTransaction::equitySwapInvolved, CHECKBOX),
            of("transactionShares", DerivativeTransaction::transactionShares, NUMBER),
            of("transactionAcquiredDisposedCode", DerivativeTransaction::transactionAcquiredDisposedCode, TEXT),
            of("exerciseDate", DerivativeTransaction::exerciseDate, DATE),
            of("expirationDate", DerivativeTransaction::expirationDate, DATE),
            of("underlyingSecurityTitle", DerivativeTransaction::underlyingSecurityTitle, TEXT),
            of("underlyingSecurityShares", DerivativeTransaction::underlyingSecurityShares, NUMBER),
            of("transactionPricePerShare", DerivativeTransaction::transactionPricePerShare, NUMBER),
            of("sharesOwnedFollowingTransaction", DerivativeTransaction::sharesOwnedFollowingTransaction, NUMBER),
            of("valueOwnedFollowingTransaction", DerivativeTransaction::valueOwnedFollowingTransaction, NUMBER),
            of("directOrIndirectOwnership", DerivativeTransaction::directOrIndirectOwnership, TEXT),
            of("natureOfOwnership", DerivativeTransaction::natureOfOwnership, TEXT));

    static final List<ScoredField<DerivativeHolding>> DERIVATIVE_HOLDING = List.of(
            of("securityTitle", DerivativeHolding::securityTitle, TEXT),
            of("conversionOrExercisePrice", DerivativeHolding::conversionOrExercisePrice, NUMBER),
            of("exerciseDate", DerivativeHolding::exerciseDate, DATE),
            of("expirationDate", DerivativeHolding::expirationDate, DATE),
            of("underlyingSecurityTitle", DerivativeHolding::underlyingSecurityTitle, TEXT),
            of("underlyingSecurityShares", DerivativeHolding::underlyingSecurityShares, NUMBER),
            of("sharesOwnedFollowingTransaction", DerivativeHolding::sharesOwnedFollowingTransaction, NUMBER),
            of("valueOwnedFollowingTransaction", DerivativeHolding::valueOwnedFollowingTransaction, NUMBER),
            of("directOrIndirectOwnership", DerivativeHolding::directOrIndirectOwnership, TEXT),
            of("natureOfOwnership", DerivativeHolding::natureOfOwnership, TEXT));
}
