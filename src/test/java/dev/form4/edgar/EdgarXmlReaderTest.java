package dev.form4.edgar;

import dev.form4.model.DerivativeTransaction;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class EdgarXmlReaderTest {

    static final Path CORPUS = Path.of("testdata/corpus/edgar-xml");

    public static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @Test
    void readsEveryCorpusFileAndAgreesWithItsElementCounts() throws IOException {
        List<Path> files = corpusFiles();
        assertEquals(323, files.size());
        int owners = 0, transactions = 0, holdings = 0, footnotes = 0;
        for (Path file : files) {
            Form4 form = EdgarXmlReader.read(file);
            String xml = Files.readString(file);
            assertEquals("4", form.documentType(), file.toString());
            assertTrue(form.periodOfReport().isPresent(), file.toString());
            assertFalse(form.reportingOwners().isEmpty(), file.toString());
            // Counts from the raw text: the reader neither drops nor invents rows.
            assertEquals(count(xml, "<nonDerivativeTransaction>"), form.nonDerivativeTable().transactions().size(), file.toString());
            assertEquals(count(xml, "<derivativeHolding>"), form.derivativeTable().holdings().size(), file.toString());
            assertEquals(count(xml, "<footnote "), form.footnotes().size(), file.toString());
            owners += form.reportingOwners().size();
            transactions += form.nonDerivativeTable().transactions().size() + form.derivativeTable().transactions().size();
            holdings += form.nonDerivativeTable().holdings().size() + form.derivativeTable().holdings().size();
            footnotes += form.footnotes().size();
        }
        assertEquals(345, owners);
        assertEquals(2048 + 313, transactions);
        assertEquals(513 + 15, holdings);
        assertEquals(2569, footnotes);
    }

    @Test
    void readsValuesWithTheirFootnotesExactly() {
        Form4 form = EdgarXmlReader.read(CORPUS.resolve("ARWR/arrowhead_footnotes.xml"));
        assertEquals("ARROWHEAD PHARMACEUTICALS, INC.", form.issuer().name().value());
        assertEquals("ARWR", form.issuer().tradingSymbol().value());
        assertEquals("0000879407", form.issuer().cik().value());
        assertEquals(Boolean.TRUE, form.aff10b5One().value());
        assertEquals(Boolean.FALSE, form.notSubjectToSection16().value());
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals("OLUKOTUN ADEOYE Y", owner.name().value());
        assertEquals("177 E COLORADO BLVD", owner.street1().value());
        assertEquals("STE 700", owner.street2().value());
        assertEquals("91105", owner.zipCode().value());
        assertEquals(Boolean.TRUE, owner.isDirector().value());
        assertEquals(Boolean.FALSE, owner.isOfficer().value());
        assertNull(owner.officerTitle().value());
        NonDerivativeTransaction first = form.nonDerivativeTable().transactions().get(0);
        assertEquals(new BigDecimal("3090"), first.transactionShares().value());
        assertEquals(List.of("F1"), first.transactionShares().footnoteIds());
        // Exact decimal: the trailing zero of "66.70" is kept.
        assertEquals("66.70", first.transactionPricePerShare().value().toPlainString());
        assertEquals(List.of("F2"), first.transactionPricePerShare().footnoteIds());
        assertEquals(LocalDate.of(2025, 12, 19), first.transactionDate().value());
        assertEquals("S", first.transactionCode().value());
        assertEquals(Boolean.FALSE, first.equitySwapInvolved().value());
        assertTrue(first.deemedExecutionDate().isEmpty());
        assertEquals(5, form.footnotes().size());
        assertEquals("F3", form.footnotes().get(2).id());
        assertTrue(form.footnotes().get(2).text().startsWith("Includes previously reported shares"));
        assertNull(form.remarks().value());
        assertEquals("/s/Adeoye Olukotun", form.signatures().get(0).name().value());
        assertEquals(LocalDate.of(2025, 12, 23), form.signatures().get(0).date().value());
        assertEquals(Boolean.FALSE, form.jointFiling().value());
    }

    @Test
    void footnoteOnlyValuesAreNullWithTheirIds() {
        Form4 form = EdgarXmlReader.read(CORPUS.resolve("AUR/000182810823000205.xml"));
        DerivativeTransaction row = form.derivativeTable().transactions().get(0);
        assertNull(row.conversionOrExercisePrice().value());
        assertEquals(List.of("F1"), row.conversionOrExercisePrice().footnoteIds());
        assertNull(row.exerciseDate().value());
        assertEquals(List.of("F1"), row.exerciseDate().footnoteIds());
        assertEquals(List.of("F1"), row.expirationDate().footnoteIds());
        assertEquals("See Footnotes", row.natureOfOwnership().value());
        assertEquals(List.of("F2", "F3"), row.natureOfOwnership().footnoteIds());
        assertEquals(new BigDecimal("12687274"), row.underlyingSecurityShares().value());
        assertEquals("Class A Common Stock", row.underlyingSecurityTitle().value());
        assertEquals(4, form.nonDerivativeTable().holdings().size());
    }

    @Test
    void jointFilingHasEveryOwnerAndSignature() {
        Form4 form = EdgarXmlReader.read(CORPUS.resolve("LNKD/000118143111033001.xml"));
        assertEquals(2, form.reportingOwners().size());
        assertEquals("Reid Hoffman & Michelle Yee Living Trust", form.reportingOwners().get(1).name().value());
        assertEquals(Boolean.TRUE, form.reportingOwners().get(1).isTenPercentOwner().value());
        assertEquals(Boolean.FALSE, form.reportingOwners().get(1).isDirector().value());
        assertEquals(Boolean.TRUE, form.jointFiling().value());
        assertEquals(2, form.signatures().size());
        assertTrue(form.signatures().get(1).name().value().endsWith("Living Trust dated October 27, 2009"));
    }

    @Test
    void valueOwnedFollowingTransactionAndTrueFalseBooleans() {
        Form4 form = EdgarXmlReader.read(CORPUS.resolve("U/000106299322021877.xml"));
        assertTrue(form.derivativeTable().transactions().stream()
                .anyMatch(t -> new BigDecimal("60000000").equals(t.valueOwnedFollowingTransaction().value())));
        Form4 scwo = EdgarXmlReader.read(CORPUS.resolve("SCWO/data_ownership_374WaterForm4.xml"));
        assertEquals(Boolean.TRUE, scwo.reportingOwners().get(0).isOfficer().value());
        assertEquals("Chief Technology Officer", scwo.reportingOwners().get(0).officerTitle().value());
    }

    @Test
    void readsWhatNoCorpusFilingHas() {
        Form4 form = EdgarXmlReader.read(Path.of("testdata/synthetic/amendment-other-swap.xml"));
        assertEquals("4/A", form.documentType());
        assertEquals(LocalDate.of(2024, 3, 5), form.dateOfOriginalSubmission().value());
        assertEquals(Boolean.TRUE, form.notSubjectToSection16().value());
        ReportingOwner owner = form.reportingOwners().get(0);
        assertEquals(Boolean.TRUE, owner.isOther().value());
        assertEquals("Member of 13(d) group", owner.otherText().value());
        assertTrue(owner.street2().isEmpty(), "an empty element is absent");
        NonDerivativeTransaction row = form.nonDerivativeTable().transactions().get(0);
        assertEquals(LocalDate.of(2024, 3, 2), row.deemedExecutionDate().value());
        assertEquals(Boolean.TRUE, row.equitySwapInvolved().value());
        assertEquals(List.of("F1", "F2"), row.transactionCode().footnoteIds(), "transactionCoding's footnotes go on the code");
        assertEquals(new BigDecimal("1234.5"), row.transactionShares().value());
        assertNull(row.transactionPricePerShare().value());
        assertEquals(List.of("F2"), row.transactionPricePerShare().footnoteIds());
        assertEquals(List.of("F1"), row.directOrIndirectOwnership().footnoteIds());
        var holding = form.derivativeTable().holdings().get(0);
        assertEquals(new BigDecimal("62500"), holding.valueOwnedFollowingTransaction().value());
        assertTrue(holding.sharesOwnedFollowingTransaction().isEmpty());
        assertEquals("A footnote with a $5.00 line break.", form.footnotes().get(0).text());
        assertEquals(2, form.signatures().size());
        assertEquals("Example LLC, by Jane Q. Doe, Manager", form.signatures().get(1).name().value());
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ownershipDocument><documentType>&e;</documentType></ownershipDocument>";
        EdgarXmlException e = assertThrows(EdgarXmlException.class, () -> EdgarXmlReader.read(
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "evil.xml"));
        assertTrue(e.getMessage().startsWith("evil.xml:1:"), e.getMessage());
    }

    @Test
    void badInputNamesTheFileAndPlace() {
        EdgarXmlException broken = assertThrows(EdgarXmlException.class, () -> EdgarXmlReader.read(
                new ByteArrayInputStream("<ownershipDocument>\n<issuer>".getBytes(StandardCharsets.UTF_8)), "cut.xml"));
        assertTrue(broken.getMessage().startsWith("cut.xml:2:"), broken.getMessage());
        EdgarXmlException other = assertThrows(EdgarXmlException.class, () -> EdgarXmlReader.read(
                new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8)), "page.xml"));
        assertEquals("page.xml: not an ownershipDocument (root element <html>)", other.getMessage());
        String badDate = "<ownershipDocument><documentType>4</documentType><periodOfReport>11/07/2019</periodOfReport></ownershipDocument>";
        EdgarXmlException date = assertThrows(EdgarXmlException.class, () -> EdgarXmlReader.read(
                new ByteArrayInputStream(badDate.getBytes(StandardCharsets.UTF_8)), "d.xml"));
        assertTrue(date.getMessage().startsWith("d.xml: ownershipDocument/periodOfReport[0]: cannot read '11/07/2019'"), date.getMessage());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
