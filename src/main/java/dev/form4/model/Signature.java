package dev.form4.model;

import java.time.LocalDate;

/** A signature line: the signer as printed ("/s/ ... by power of attorney for ...") and its date. */
public record Signature(FieldValue<String> name, FieldValue<LocalDate> date) {
}
