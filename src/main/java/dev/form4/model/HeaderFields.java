package dev.form4.model;

import java.util.List;

import static dev.form4.model.ValueType.DATE;
import static dev.form4.model.ValueType.FLAG;

/** The form's own fields (boxes 3, 4 and 6, the check boxes, the remarks) and box 2, the issuer. */
public final class HeaderFields {

    public static final DocumentField<Form4> PERIOD_OF_REPORT =
            DocumentField.of("periodOfReport", DATE, Form4::periodOfReport, "periodOfReport");
    /** Box 4 of an amendment; schema X0306 has no element for it, later ones do. */
    public static final DocumentField<Form4> DATE_OF_ORIGINAL_SUBMISSION =
            DocumentField.of("dateOfOriginalSubmission", DATE, Form4::dateOfOriginalSubmission, "dateOfOriginalSubmission");
    public static final DocumentField<Form4> NOT_SUBJECT_TO_SECTION_16 =
            DocumentField.of("notSubjectToSection16", FLAG, Form4::notSubjectToSection16, "notSubjectToSection16");
    /** Box 6: no element of its own; the XML says it by the number of reporting owners. */
    public static final DocumentField<Form4> JOINT_FILING = DocumentField.of("jointFiling", FLAG, Form4::jointFiling);
    /** The Rule 10b5-1 box, an element since schema X0407. */
    public static final DocumentField<Form4> AFF_10B5_ONE =
            DocumentField.of("aff10b5One", FLAG, Form4::aff10b5One, "aff10b5One");
    public static final DocumentField<Form4> REMARKS = DocumentField.text("remarks", 2000, Form4::remarks, "remarks");

    /** The form's own header fields, in the order of the Form4 record and the JSON contract. */
    public static final List<DocumentField<Form4>> HEADER = List.of(PERIOD_OF_REPORT, DATE_OF_ORIGINAL_SUBMISSION,
            NOT_SUBJECT_TO_SECTION_16, JOINT_FILING, AFF_10B5_ONE);

    public static final DocumentField<Issuer> ISSUER_CIK = DocumentField.cik(Issuer::cik, "issuerCik");
    public static final DocumentField<Issuer> ISSUER_NAME = DocumentField.text("name", 150, Issuer::name, "issuerName");
    public static final DocumentField<Issuer> ISSUER_TRADING_SYMBOL =
            DocumentField.text("tradingSymbol", 10, Issuer::tradingSymbol, "issuerTradingSymbol");

    public static final DocumentRecord<Issuer> ISSUER = new DocumentRecord<>("issuer", "issuer",
            List.of(ISSUER_CIK, ISSUER_NAME, ISSUER_TRADING_SYMBOL),
            v -> new Issuer(v.get(ISSUER_CIK), v.get(ISSUER_NAME), v.get(ISSUER_TRADING_SYMBOL)));

    private HeaderFields() {
    }
}
