package dev.form4.edgar;

import dev.form4.model.DerivativeHolding;
import dev.form4.model.DerivativeTable;
import dev.form4.model.DerivativeTransaction;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.Issuer;
import dev.form4.model.NonDerivativeHolding;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import dev.form4.model.Signature;
import dev.form4.model.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the SEC's ownershipDocument XML of a Form 4 (schema versions X0303 to X0508) into the {@link Form4}
 * model: the ground truth the extractor is measured against. Every value keeps its footnote ids; a value given
 * only as a footnote (no {@code <value>}) reads as null with its ids. Fields the XML lacks are absent.
 * Thread-safe (stateless).
 */
public final class EdgarXmlReader {

    private EdgarXmlReader() {
    }

    public static Form4 read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new EdgarXmlException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** {@code name} names the source in error messages. */
    public static Form4 read(InputStream in, String name) {
        XmlNode root = XmlNode.of(SecureDom.parse(in, name).getDocumentElement());
        if (!root.path().equals("ownershipDocument")) {
            throw new EdgarXmlException(name + ": not an ownershipDocument (root element <" + root.path() + ">)");
        }
        return new DocumentReading(new FieldReader(name), name).form(root);
    }

    /** One reading of one document; the field reader carries the source name for messages. */
    private record DocumentReading(FieldReader fields, String name) {

        Form4 form(XmlNode doc) {
            String documentType = doc.child("documentType").text();
            if (documentType == null) {
                throw new EdgarXmlException(name + ": ownershipDocument without <documentType>");
            }
            List<ReportingOwner> owners = doc.children("reportingOwner").stream().map(this::owner).toList();
            return new Form4(documentType,
                    fields.plain(doc.child("periodOfReport"), FieldReader::date),
                    fields.plain(doc.child("dateOfOriginalSubmission"), FieldReader::date),
                    fields.plain(doc.child("notSubjectToSection16"), FieldReader::bool),
                    issuer(doc.child("issuer")),
                    owners,
                    // Not an XML element: box 6 of the printed form says whether more than one person files.
                    FieldValue.of(owners.size() > 1),
                    fields.plain(doc.child("aff10b5One"), FieldReader::bool),
                    nonDerivativeTable(doc.child("nonDerivativeTable")),
                    derivativeTable(doc.child("derivativeTable")),
                    doc.child("footnotes").children("footnote").stream().map(this::footnote).toList(),
                    fields.plain(doc.child("remarks"), FieldReader::string),
                    doc.children("ownerSignature").stream().map(this::signature).toList());
        }

        Issuer issuer(XmlNode issuer) {
            return new Issuer(fields.plain(issuer.child("issuerCik"), FieldReader::string),
                    fields.plain(issuer.child("issuerName"), FieldReader::string),
                    fields.plain(issuer.child("issuerTradingSymbol"), FieldReader::string));
        }

        ReportingOwner owner(XmlNode owner) {
            XmlNode id = owner.child("reportingOwnerId");
            XmlNode address = owner.child("reportingOwnerAddress");
            XmlNode relationship = owner.child("reportingOwnerRelationship");
            return new ReportingOwner(
                    fields.plain(id.child("rptOwnerCik"), FieldReader::string),
                    fields.plain(id.child("rptOwnerName"), FieldReader::string),
                    fields.plain(address.child("rptOwnerStreet1"), FieldReader::string),
                    fields.plain(address.child("rptOwnerStreet2"), FieldReader::string),
                    fields.plain(address.child("rptOwnerCity"), FieldReader::string),
                    fields.plain(address.child("rptOwnerState"), FieldReader::string),
                    fields.plain(address.child("rptOwnerZipCode"), FieldReader::string),
                    fields.plain(relationship.child("isDirector"), FieldReader::bool),
                    fields.plain(relationship.child("isOfficer"), FieldReader::bool),
                    fields.plain(relationship.child("isTenPercentOwner"), FieldReader::bool),
                    fields.plain(relationship.child("isOther"), FieldReader::bool),
                    fields.plain(relationship.child("officerTitle"), FieldReader::string),
                    fields.plain(relationship.child("otherText"), FieldReader::string));
        }

        NonDerivativeTable nonDerivativeTable(XmlNode table) {
            return new NonDerivativeTable(
                    table.children("nonDerivativeTransaction").stream().map(this::nonDerivativeTransaction).toList(),
                    table.children("nonDerivativeHolding").stream().map(this::nonDerivativeHolding).toList());
        }

        DerivativeTable derivativeTable(XmlNode table) {
            return new DerivativeTable(
                    table.children("derivativeTransaction").stream().map(this::derivativeTransaction).toList(),
                    table.children("derivativeHolding").stream().map(this::derivativeHolding).toList());
        }

        NonDerivativeTransaction nonDerivativeTransaction(XmlNode row) {
            Coding coding = coding(row.child("transactionCoding"));
            XmlNode amounts = row.child("transactionAmounts");
            XmlNode post = row.child("postTransactionAmounts");
            XmlNode nature = row.child("ownershipNature");
            return new NonDerivativeTransaction(
                    fields.value(row.child("securityTitle"), FieldReader::string),
                    fields.value(row.child("transactionDate"), FieldReader::date),
                    fields.value(row.child("deemedExecutionDate"), FieldReader::date),
                    coding.code(), coding.equitySwap(),
                    fields.value(amounts.child("transactionShares"), FieldReader::decimal),
                    fields.value(amounts.child("transactionPricePerShare"), FieldReader::decimal),
                    fields.value(amounts.child("transactionAcquiredDisposedCode"), FieldReader::string),
                    fields.value(post.child("sharesOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(post.child("valueOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(nature.child("directOrIndirectOwnership"), FieldReader::string),
                    fields.value(nature.child("natureOfOwnership"), FieldReader::string));
        }

        NonDerivativeHolding nonDerivativeHolding(XmlNode row) {
            XmlNode post = row.child("postTransactionAmounts");
            XmlNode nature = row.child("ownershipNature");
            return new NonDerivativeHolding(
                    fields.value(row.child("securityTitle"), FieldReader::string),
                    fields.value(post.child("sharesOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(post.child("valueOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(nature.child("directOrIndirectOwnership"), FieldReader::string),
                    fields.value(nature.child("natureOfOwnership"), FieldReader::string));
        }

        DerivativeTransaction derivativeTransaction(XmlNode row) {
            Coding coding = coding(row.child("transactionCoding"));
            XmlNode amounts = row.child("transactionAmounts");
            XmlNode underlying = row.child("underlyingSecurity");
            XmlNode post = row.child("postTransactionAmounts");
            XmlNode nature = row.child("ownershipNature");
            return new DerivativeTransaction(
                    fields.value(row.child("securityTitle"), FieldReader::string),
                    fields.value(row.child("conversionOrExercisePrice"), FieldReader::decimal),
                    fields.value(row.child("transactionDate"), FieldReader::date),
                    fields.value(row.child("deemedExecutionDate"), FieldReader::date),
                    coding.code(), coding.equitySwap(),
                    fields.value(amounts.child("transactionShares"), FieldReader::decimal),
                    fields.value(amounts.child("transactionPricePerShare"), FieldReader::decimal),
                    fields.value(amounts.child("transactionAcquiredDisposedCode"), FieldReader::string),
                    fields.value(row.child("exerciseDate"), FieldReader::date),
                    fields.value(row.child("expirationDate"), FieldReader::date),
                    fields.value(underlying.child("underlyingSecurityTitle"), FieldReader::string),
                    fields.value(underlying.child("underlyingSecurityShares"), FieldReader::decimal),
                    fields.value(post.child("sharesOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(post.child("valueOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(nature.child("directOrIndirectOwnership"), FieldReader::string),
                    fields.value(nature.child("natureOfOwnership"), FieldReader::string));
        }

        DerivativeHolding derivativeHolding(XmlNode row) {
            XmlNode underlying = row.child("underlyingSecurity");
            XmlNode post = row.child("postTransactionAmounts");
            XmlNode nature = row.child("ownershipNature");
            return new DerivativeHolding(
                    fields.value(row.child("securityTitle"), FieldReader::string),
                    fields.value(row.child("conversionOrExercisePrice"), FieldReader::decimal),
                    fields.value(row.child("exerciseDate"), FieldReader::date),
                    fields.value(row.child("expirationDate"), FieldReader::date),
                    fields.value(underlying.child("underlyingSecurityTitle"), FieldReader::string),
                    fields.value(underlying.child("underlyingSecurityShares"), FieldReader::decimal),
                    fields.value(post.child("sharesOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(post.child("valueOwnedFollowingTransaction"), FieldReader::decimal),
                    fields.value(nature.child("directOrIndirectOwnership"), FieldReader::string),
                    fields.value(nature.child("natureOfOwnership"), FieldReader::string));
        }

        /**
         * transactionCoding holds the code as plain text and its footnotes beside it; the printed form shows
         * them together in the Code column ({@code S (1)}), so the footnotes go on the code.
         */
        Coding coding(XmlNode coding) {
            FieldValue<String> code = fields.plain(coding.child("transactionCode"), FieldReader::string);
            List<String> ids = coding.footnoteIds();
            if (!ids.isEmpty()) {
                code = new FieldValue<>(code.value(), ids, SourcePosition.UNKNOWN, code.provenance());
            }
            return new Coding(code, fields.plain(coding.child("equitySwapInvolved"), FieldReader::bool));
        }

        Footnote footnote(XmlNode footnote) {
            String id = footnote.attribute("id");
            if (id == null) {
                throw new EdgarXmlException(name + ": " + footnote.path() + ": footnote without id");
            }
            String text = footnote.text();
            return new Footnote(id, text == null ? "" : FieldReader.string(text), SourcePosition.UNKNOWN);
        }

        Signature signature(XmlNode signature) {
            return new Signature(fields.plain(signature.child("signatureName"), FieldReader::string),
                    fields.plain(signature.child("signatureDate"), FieldReader::date));
        }
    }

    private record Coding(FieldValue<String> code, FieldValue<Boolean> equitySwap) {
    }
}
