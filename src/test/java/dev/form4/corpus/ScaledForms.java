package dev.form4.corpus;

import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import dev.form4.model.Signature;
import dev.form4.model.SourcePosition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Real corpus filings grown to the sizes issue 3 names and the corpus lacks: 10 reporting owners (each
 * signing), 99 footnotes, 30 Table I rows with a consistent running balance. Derived from a real filing so
 * that everything else stays real.
 */
final class ScaledForms {

    private ScaledForms() {
    }

    static Form4 tenOwners(Form4 base) {
        ReportingOwner first = base.reportingOwners().get(0);
        List<ReportingOwner> owners = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            owners.add(new ReportingOwner(first.cik(), FieldValue.of(first.name().value() + " FUND " + roman(i) + " LP"),
                    first.street1(), first.street2(), first.city(), first.state(), first.zipCode(),
                    FieldValue.of(i % 3 == 0), first.isOfficer(), FieldValue.of(true), FieldValue.of(false),
                    first.officerTitle(), first.otherText()));
            signatures.add(new Signature(FieldValue.of("/s/ Attorney-in-fact for Fund " + roman(i)),
                    base.signatures().get(0).date()));
        }
        return new Form4(base.documentType(), base.periodOfReport(), base.dateOfOriginalSubmission(),
                base.notSubjectToSection16(), base.issuer(), owners, FieldValue.of(true), base.aff10b5One(),
                base.nonDerivativeTable(), base.derivativeTable(), base.footnotes(), base.remarks(), signatures);
    }

    /** 99 footnotes; the first rows, now held by trusts, refer to the last ones, so that two-digit marks occur. */
    static Form4 manyFootnotes(Form4 base) {
        List<Footnote> footnotes = new ArrayList<>(base.footnotes());
        for (int n = footnotes.size() + 1; n <= 99; n++) {
            footnotes.add(new Footnote("F" + n, "Footnote " + n + ": the shares are held by trust number " + n
                    + " for the benefit of the Reporting Person's family.", SourcePosition.UNKNOWN));
        }
        List<NonDerivativeTransaction> rows = new ArrayList<>();
        int n = 99;
        for (NonDerivativeTransaction t : base.nonDerivativeTable().transactions()) {
            List<String> ids = new ArrayList<>(t.natureOfOwnership().footnoteIds());
            ids.add("F" + n--);
            rows.add(new NonDerivativeTransaction(t.securityTitle(), t.transactionDate(), t.deemedExecutionDate(),
                    t.transactionCode(), t.equitySwapInvolved(), t.transactionShares(), t.transactionPricePerShare(),
                    t.transactionAcquiredDisposedCode(), t.sharesOwnedFollowingTransaction(),
                    t.valueOwnedFollowingTransaction(), FieldValue.of("I"),
                    new FieldValue<>("By Family Trust", ids, SourcePosition.UNKNOWN, t.natureOfOwnership().provenance())));
        }
        return withTableI(new Form4(base.documentType(), base.periodOfReport(), base.dateOfOriginalSubmission(),
                base.notSubjectToSection16(), base.issuer(), base.reportingOwners(), base.jointFiling(),
                base.aff10b5One(), base.nonDerivativeTable(), base.derivativeTable(), footnotes, base.remarks(),
                base.signatures()), rows);
    }

    /** 30 sales from the first row's balance down, each balance the previous one minus the amount. */
    static Form4 thirtyRows(Form4 base) {
        NonDerivativeTransaction t = base.nonDerivativeTable().transactions().get(0);
        BigDecimal balance = new BigDecimal("3000000");
        List<NonDerivativeTransaction> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            BigDecimal amount = new BigDecimal(1000 + 37 * i);
            balance = balance.subtract(amount);
            rows.add(new NonDerivativeTransaction(t.securityTitle(), t.transactionDate(), FieldValue.absent(),
                    FieldValue.of("S"), FieldValue.of(false), FieldValue.of(amount),
                    FieldValue.of(new BigDecimal("100.00").add(new BigDecimal(i).movePointLeft(2))), FieldValue.of("D"),
                    FieldValue.of(balance), FieldValue.absent(), FieldValue.of("D"), FieldValue.absent()));
        }
        return withTableI(base, rows);
    }

    /** The SEC's transaction codes (Form 4 General Instructions 8), one Table I row each. */
    static final List<String> CODES = List.of("P", "S", "V", "A", "D", "F", "I", "M", "C", "E", "H", "O", "X",
            "G", "L", "W", "Z", "J", "K", "U");

    /** One row per transaction code; acquisitions and dispositions alternate, the balance follows. */
    static Form4 allCodes(Form4 base) {
        NonDerivativeTransaction t = base.nonDerivativeTable().transactions().get(0);
        BigDecimal balance = new BigDecimal("50000");
        List<NonDerivativeTransaction> rows = new ArrayList<>();
        for (int i = 0; i < CODES.size(); i++) {
            BigDecimal amount = new BigDecimal(100 + i);
            boolean acquired = i % 2 == 0;
            balance = acquired ? balance.add(amount) : balance.subtract(amount);
            rows.add(new NonDerivativeTransaction(t.securityTitle(), t.transactionDate(), FieldValue.absent(),
                    FieldValue.of(CODES.get(i)), FieldValue.of(CODES.get(i).equals("V")), FieldValue.of(amount),
                    FieldValue.of(new BigDecimal("12.34")), FieldValue.of(acquired ? "A" : "D"),
                    FieldValue.of(balance), FieldValue.absent(), FieldValue.of("D"), FieldValue.absent()));
        }
        return withTableI(base, rows);
    }

    private static Form4 withTableI(Form4 f, List<NonDerivativeTransaction> rows) {
        return new Form4(f.documentType(), f.periodOfReport(), f.dateOfOriginalSubmission(), f.notSubjectToSection16(),
                f.issuer(), f.reportingOwners(), f.jointFiling(), f.aff10b5One(),
                new NonDerivativeTable(rows, f.nonDerivativeTable().holdings()), f.derivativeTable(), f.footnotes(),
                f.remarks(), f.signatures());
    }

    private static String roman(int n) {
        return new String[]{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}[n];
    }
}
