package dev.form4.model;

import java.util.List;

/** A signature line: the signer as printed and the date beside it. */
public final class SignatureFields {

    public static final DocumentField<Signature> NAME = DocumentField.text("name", 255, Signature::name, "signatureName");
    public static final DocumentField<Signature> DATE =
            DocumentField.of("date", ValueType.DATE, Signature::date, "signatureDate");

    public static final DocumentRecord<Signature> SIGNATURE = new DocumentRecord<>("signatures", "ownerSignature",
            List.of(NAME, DATE), v -> new Signature(v.get(NAME), v.get(DATE)));

    private SignatureFields() {
    }
}
