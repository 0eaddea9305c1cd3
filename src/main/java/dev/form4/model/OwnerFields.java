package dev.form4.model;

import java.util.List;

import static dev.form4.model.ValueType.FLAG;

/** Box 1 (name and address) and box 5 (relationship) of one reporting owner, as the ownershipDocument groups them. */
public final class OwnerFields {

    /** The elements of reportingOwner that group its fields. */
    public static final String ID = "reportingOwnerId";
    public static final String ADDRESS = "reportingOwnerAddress";
    public static final String RELATIONSHIP = "reportingOwnerRelationship";

    public static final DocumentField<ReportingOwner> CIK = DocumentField.cik(ReportingOwner::cik, ID, "rptOwnerCik");
    public static final DocumentField<ReportingOwner> NAME =
            DocumentField.text("name", 150, ReportingOwner::name, ID, "rptOwnerName");
    public static final DocumentField<ReportingOwner> STREET1 =
            DocumentField.text("street1", 40, ReportingOwner::street1, ADDRESS, "rptOwnerStreet1");
    public static final DocumentField<ReportingOwner> STREET2 =
            DocumentField.text("street2", 40, ReportingOwner::street2, ADDRESS, "rptOwnerStreet2");
    public static final DocumentField<ReportingOwner> CITY =
            DocumentField.text("city", 30, ReportingOwner::city, ADDRESS, "rptOwnerCity");
    /** A code of the schema's own list of states and countries (the XML writer reads it from the XSD). */
    public static final DocumentField<ReportingOwner> STATE = new DocumentField<>("state", ValueType.CODE,
            ReportingOwner::state, List.of(ADDRESS, "rptOwnerState"), 0, null, true);
    public static final DocumentField<ReportingOwner> ZIP_CODE = new DocumentField<>("zipCode", ValueType.TEXT,
            ReportingOwner::zipCode, List.of(ADDRESS, "rptOwnerZipCode"), 10, "[0-9A-Za-z #-]*", true);
    public static final DocumentField<ReportingOwner> IS_DIRECTOR =
            DocumentField.of("isDirector", FLAG, ReportingOwner::isDirector, RELATIONSHIP, "isDirector");
    public static final DocumentField<ReportingOwner> IS_OFFICER =
            DocumentField.of("isOfficer", FLAG, ReportingOwner::isOfficer, RELATIONSHIP, "isOfficer");
    public static final DocumentField<ReportingOwner> IS_TEN_PERCENT_OWNER =
            DocumentField.of("isTenPercentOwner", FLAG, ReportingOwner::isTenPercentOwner, RELATIONSHIP, "isTenPercentOwner");
    public static final DocumentField<ReportingOwner> IS_OTHER =
            DocumentField.of("isOther", FLAG, ReportingOwner::isOther, RELATIONSHIP, "isOther");
    public static final DocumentField<ReportingOwner> OFFICER_TITLE =
            DocumentField.text("officerTitle", 30, ReportingOwner::officerTitle, RELATIONSHIP, "officerTitle");
    public static final DocumentField<ReportingOwner> OTHER_TEXT =
            DocumentField.text("otherText", 30, ReportingOwner::otherText, RELATIONSHIP, "otherText");

    public static final DocumentRecord<ReportingOwner> OWNER = new DocumentRecord<>("reportingOwners", "reportingOwner",
            List.of(CIK, NAME, STREET1, STREET2, CITY, STATE, ZIP_CODE, IS_DIRECTOR, IS_OFFICER, IS_TEN_PERCENT_OWNER,
                    IS_OTHER, OFFICER_TITLE, OTHER_TEXT),
            v -> new ReportingOwner(v.get(CIK), v.get(NAME), v.get(STREET1), v.get(STREET2), v.get(CITY), v.get(STATE),
                    v.get(ZIP_CODE), v.get(IS_DIRECTOR), v.get(IS_OFFICER), v.get(IS_TEN_PERCENT_OWNER), v.get(IS_OTHER),
                    v.get(OFFICER_TITLE), v.get(OTHER_TEXT)));

    private OwnerFields() {
    }
}
