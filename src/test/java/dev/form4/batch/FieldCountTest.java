package dev.form4.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.form4.model.Form4;
import dev.form4.model.Issuer;
import dev.form4.model.FieldValue;
import dev.form4.write.Form4Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCountTest {

    @Test
    void countsPresentValuesAndFootnotesOnly() {
        Form4 f = Form4Fixtures.qualys();
        long all = FieldCount.of(f);
        // Issuer: name and ticker present, CIK absent.
        assertEquals(2, FieldCount.of(f.issuer()));
        Form4 withCik = new Form4(f.documentType(), f.periodOfReport(), f.dateOfOriginalSubmission(), f.notSubjectToSection16(),
                new Issuer(FieldValue.of("1107843"), f.issuer().name(), f.issuer().tradingSymbol()), f.reportingOwners(),
                f.jointFiling(), f.aff10b5One(), f.nonDerivativeTable(), f.derivativeTable(), List.of(), f.remarks(), f.signatures());
        assertEquals(all + 1 - f.footnotes().size(), FieldCount.of(withCik));
        // A value given only as a footnote reference is not a value.
        assertEquals(5, FieldCount.of(f.derivativeTable().holdings()), "title, underlying title and shares, shares owned, D");
    }
}
