package dev.form4.recognize;

import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTransaction;

import static dev.form4.recognize.Column.*;

/** Draft rows to the model's immutable records, once every repair has run. */
final class RecordMapper {

    private RecordMapper() {
    }

    static NonDerivativeTransaction nonDerivativeTransaction(DraftRow r) {
        return new NonDerivativeTransaction(r.get(SECURITY_TITLE), r.get(TRANSACTION_DATE), r.get(DEEMED_EXECUTION_DATE),
                r.get(TRANSACTION_CODE), r.get(EQUITY_SWAP), r.get(TRANSACTION_SHARES), r.get(TRANSACTION_PRICE),
                r.get(ACQUIRED_DISPOSED), r.get(SHARES_OWNED_FOLLOWING), r.get(VALUE_OWNED_FOLLOWING),
                r.get(DIRECT_OR_INDIRECT), r.get(NATURE_OF_OWNERSHIP));
    }

    static NonDerivativeHolding nonDerivativeHolding(DraftRow r) {
        return new NonDerivativeHolding(r.get(SECURITY_TITLE), r.get(SHARES_OWNED_FOLLOWING), r.get(VALUE_OWNED_FOLLOWING),
                r.get(DIRECT_OR_INDIRECT), r.get(NATURE_OF_OWNERSHIP));
    }

    static DerivativeTransaction derivativeTransaction(DraftRow r) {
        return new DerivativeTransaction(r.get(SECURITY_TITLE), r.get(CONVERSION_OR_EXERCISE_PRICE), r.get(TRANSACTION_DATE),
                r.get(DEEMED_EXECUTION_DATE), r.get(TRANSACTION_CODE), r.get(EQUITY_SWAP), r.get(TRANSACTION_SHARES),
                r.get(TRANSACTION_PRICE), r.get(ACQUIRED_DISPOSED), r.get(EXERCISE_DATE), r.get(EXPIRATION_DATE),
                r.get(UNDERLYING_TITLE), r.get(UNDERLYING_SHARES), r.get(SHARES_OWNED_FOLLOWING), r.get(VALUE_OWNED_FOLLOWING),
                r.get(DIRECT_OR_INDIRECT), r.get(NATURE_OF_OWNERSHIP));
    }

    static DerivativeHolding derivativeHolding(DraftRow r) {
        return new DerivativeHolding(r.get(SECURITY_TITLE), r.get(CONVERSION_OR_EXERCISE_PRICE), r.get(EXERCISE_DATE),
                r.get(EXPIRATION_DATE), r.get(UNDERLYING_TITLE), r.get(UNDERLYING_SHARES), r.get(SHARES_OWNED_FOLLOWING),
                r.get(VALUE_OWNED_FOLLOWING), r.get(DIRECT_OR_INDIRECT), r.get(NATURE_OF_OWNERSHIP));
    }
}
