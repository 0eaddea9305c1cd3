package dev.form4.model;

/** Box 2: issuer name and ticker. The CIK is not printed on the form, so it is known only from EDGAR XML. */
public record Issuer(FieldValue<String> cik, FieldValue<String> name, FieldValue<String> tradingSymbol) {
}
