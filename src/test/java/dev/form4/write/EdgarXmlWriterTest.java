package dev.form4.write;

import static dev.form4.write.Form4Fixtures.d;
import static dev.form4.write.Form4Fixtures.n;
import static dev.form4.write.Form4Fixtures.none;
import static dev.form4.write.Form4Fixtures.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.form4.Form4Extractor;
import dev.form4.model.DerivativeTable;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.Issuer;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class EdgarXmlWriterTest {

    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String at(Document doc, String xpath) throws Exception {
        return XPATH.evaluate(xpath, doc);
    }

    static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPATH.evaluate(xpath, doc, XPathConstants.NODESET)).getLength();
    }

    private static EdgarXmlWriter.Result valid(Form4 form) {
        EdgarXmlWriter.Result result = EdgarXmlWriter.write(form);
        assertEquals(List.of(), EdgarSchema.validate(result.xml()), result.xml());
        return result;
    }

    @Test
    void fullModelIsValidAndPutsFootnotesOnTheirValues() throws Exception {
        EdgarXmlWriter.Result result = valid(Form4Fixtures.qualys());
        Document doc = parse(result.xml());
        String t1 = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction";
        assertEquals(3, count(doc, t1));
        assertEquals("M", at(doc, t1 + "[1]/transactionCoding/transactionCode"));
        assertEquals("F1", at(doc, t1 + "[1]/transactionCoding/footnoteId/@id"));
        assertEquals("84.6237", at(doc, t1 + "[2]/transactionAmounts/transactionPricePerShare/value"));
        assertEquals("F2", at(doc, t1 + "[2]/transactionAmounts/transactionPricePerShare/footnoteId/@id"));
        assertEquals("5553956", at(doc, t1 + "[3]/postTransactionAmounts/sharesOwnedFollowingTransaction/value"));
        String holding = "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding";
        assertEquals("See Footnote", at(doc, holding + "/ownershipNature/natureOfOwnership/value"));
        assertEquals("F8", at(doc, holding + "/ownershipNature/natureOfOwnership/footnoteId/@id"));
        String option = "/ownershipDocument/derivativeTable/derivativeTransaction";
        assertEquals(0, count(doc, option + "/exerciseDate/value"), "exercise date given only by footnote");
        assertEquals("F9", at(doc, option + "/exerciseDate/footnoteId/@id"));
        assertEquals("2024-02-06", at(doc, option + "/expirationDate/value"));
        assertEquals("0", at(doc, option + "/transactionAmounts/transactionPricePerShare/value"), "0.00 written as its value");
        assertEquals("60566", at(doc, option + "/underlyingSecurity/underlyingSecurityShares/value"));
        String held = "/ownershipDocument/derivativeTable/derivativeHolding";
        assertEquals("F4", at(doc, held + "/conversionOrExercisePrice/footnoteId/@id"));
        assertEquals(2, count(doc, "/ownershipDocument/reportingOwner"));
        assertEquals("COURTOT FAMILY TRUST", at(doc, "/ownershipDocument/reportingOwner[2]/reportingOwnerId/rptOwnerName"));
        assertEquals("1", at(doc, "/ownershipDocument/reportingOwner[1]/reportingOwnerRelationship/isOfficer"));
        assertEquals(0, count(doc, "/ownershipDocument/reportingOwner[2]/reportingOwnerRelationship/isOfficer"), "null box left out");
        assertEquals(6, count(doc, "/ownershipDocument/footnotes/footnote"));
        assertEquals("Each unit vests in four equal installments & settles in <one> share.",
                at(doc, "/ownershipDocument/footnotes/footnote[@id='F4']"));
        assertEquals("Remarks \"quoted\" & <escaped>", at(doc, "/ownershipDocument/remarks"));
        assertEquals("2019-11-12", at(doc, "/ownershipDocument/ownerSignature/signatureDate"));
        // The CIKs are never printed: placeholders, reported once per element.
        assertEquals(EdgarXmlWriter.UNKNOWN_CIK, at(doc, "/ownershipDocument/issuer/issuerCik"));
        assertEquals(3, result.warnings().stream().filter(w -> w.message().contains("placeholder " + EdgarXmlWriter.UNKNOWN_CIK)).count());
        assertEquals(3, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().stream().allMatch(w -> w.severity() == Diagnostic.Severity.INFO), "expected, so info");
        assertTrue(result.xml().contains("<!-- form4-extractor: issuerCik is not printed on a Form 4"), "placeholder commented in the XML");
    }

    @Test
    void rowMissingARequiredValueIsLeftOutAndReported() throws Exception {
        NonDerivativeTransaction noShares = new NonDerivativeTransaction(v("Common Stock"), d("2019-11-07"), none(),
                v("S"), v(false), none(), n("84.62"), v("D"), n("5578012"), none(), v("D"), none());
        NonDerivativeTransaction good = Form4Fixtures.sale("Common Stock", "2019-11-08", "100", n("80"), "5577912");
        Form4 form = withTable1(Form4Fixtures.qualys(), List.of(noShares, good));
        EdgarXmlWriter.Result result = valid(form);
        Document doc = parse(result.xml());
        assertEquals(1, count(doc, "//nonDerivativeTransaction"));
        assertEquals("2019-11-08", at(doc, "//nonDerivativeTransaction/transactionDate/value"));
        Diagnostic warning = result.warnings().stream().filter(w -> "nonDerivativeTable.transactions[0]".equals(w.field()))
                .findFirst().orElseThrow();
        assertTrue(warning.message().contains("transactionShares"), warning.message());
    }

    @Test
    void valuesTheSchemaCannotHoldAreLeftOutAndReported() throws Exception {
        Form4 base = Form4Fixtures.qualys();
        ReportingOwner odd = new ReportingOwner(v("12345"), v("DOE JANE"), v("1 A STREET WITH A NAME FAR, FAR TOO LONG FOR EDGAR"),
                none(), v("PARIS"), v("QQ"), v("75001"), v(true), none(), none(), none(), none(), none());
        NonDerivativeTransaction odd1 = new NonDerivativeTransaction(v("Common\u0007 Stock"), d("2019-11-07"), none(),
                v("Q"), none(), n("10"), n("-5"), v("A"), n("10.12345"), none(), v("D"), Form4Fixtures.footnoteOnly("F77"));
        Form4 form = new Form4("4/A", base.periodOfReport(), d("2019-10-01"), none(), base.issuer(), List.of(odd),
                none(), v(true), new NonDerivativeTable(List.of(odd1), List.of()), new DerivativeTable(List.of(), List.of()),
                base.footnotes(), none(), base.signatures());
        EdgarXmlWriter.Result result = valid(form);
        Document doc = parse(result.xml());
        assertEquals("12345", at(doc, "//rptOwnerCik"), "a CIK the model has is written");
        assertEquals(0, count(doc, "//rptOwnerState"));
        assertEquals(0, count(doc, "//rptOwnerStreet1"));
        assertEquals("PARIS", at(doc, "//rptOwnerCity"));
        // code Q is no SEC code: transactionCoding is left out (the schema allows it); price -5 left out leaves no
        // value nor footnote, and 10.12345 has too many decimals: the row goes.
        assertEquals(0, count(doc, "//nonDerivativeTransaction"));
        List<String> messages = result.warnings().stream().map(Diagnostic::toString).toList();
        for (String expected : List.of("documentType", "dateOfOriginalSubmission", "aff10b5One", "street1", "state",
                "negative number -5", "more than 4 decimals", "'Q' does not match", "F77")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), expected + " in " + messages);
        }
    }

    @Test
    void emptyModelStaysValidWithPlaceholders() throws Exception {
        Form4 empty = new Form4("4", none(), none(), none(), new Issuer(none(), none(), none()), List.of(), none(),
                none(), new NonDerivativeTable(List.of(), List.of()), new DerivativeTable(List.of(), List.of()),
                List.of(), none(), List.of());
        EdgarXmlWriter.Result result = valid(empty);
        Document doc = parse(result.xml());
        assertEquals(EdgarXmlWriter.UNKNOWN_DATE, at(doc, "/ownershipDocument/periodOfReport"));
        assertEquals(EdgarXmlWriter.UNREADABLE, at(doc, "//issuerTradingSymbol"));
        assertEquals(EdgarXmlWriter.UNREADABLE, at(doc, "//signatureName"));
        assertFalse(result.warnings().isEmpty());
    }

    @Test
    void unreadPeriodComesFromTheEarliestTransaction() throws Exception {
        Form4 base = Form4Fixtures.qualys();
        Form4 form = new Form4("4", none(), none(), none(), base.issuer(), base.reportingOwners(), none(), none(),
                base.nonDerivativeTable(), base.derivativeTable(), base.footnotes(), none(), base.signatures());
        Document doc = parse(valid(form).xml());
        assertEquals("2019-11-07", at(doc, "/ownershipDocument/periodOfReport"));
    }

    @Test
    void seedExtractionIsValidAndKeepsEveryRow() throws Exception {
        Form4 form = new Form4Extractor().extract(Path.of("testdata/seed/qualys-courtot-2019-11-07.md")).form();
        Document doc = parse(valid(form).xml());
        assertEquals(form.nonDerivativeTable().transactions().size(), count(doc, "//nonDerivativeTransaction"));
        assertEquals(form.nonDerivativeTable().holdings().size(), count(doc, "//nonDerivativeHolding"));
        assertEquals(form.derivativeTable().transactions().size(), count(doc, "//derivativeTransaction"));
        assertTrue(count(doc, "//nonDerivativeTransaction") >= 10, "the seed's ten Table I transactions");
        assertEquals(form.footnotes().size(), count(doc, "//footnotes/footnote"));
        assertEquals(form.issuer().tradingSymbol().value(), at(doc, "//issuerTradingSymbol"));
    }

    static Form4 withTable1(Form4 f, List<NonDerivativeTransaction> transactions) {
        return new Form4(f.documentType(), f.periodOfReport(), f.dateOfOriginalSubmission(), f.notSubjectToSection16(),
                f.issuer(), f.reportingOwners(), f.jointFiling(), f.aff10b5One(),
                new NonDerivativeTable(transactions, List.of()), f.derivativeTable(), f.footnotes(), f.remarks(), f.signatures());
    }

}
