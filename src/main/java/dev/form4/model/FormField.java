package dev.form4.model;

/**
 * One field of a record of the model (a table row, an owner, a signature, the form itself), as every output
 * names it: the ownershipDocument's name, which is also the JSON contract's.
 *
 * @param <R> the record the field is read from
 */
public interface FormField<R> {

    /** The field's name in the ownershipDocument vocabulary ("transactionShares", "street1"). */
    String name();

    ValueType type();

    /** The field of {@code record}; never null for a record built by this project. */
    FieldValue<?> valueIn(R record);
}
