package dev.form4.eval;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.edgar.EdgarXmlReaderTest;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.NonDerivativeTransaction;
import dev.form4.model.ReportingOwner;
import dev.form4.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormScorerTest {

    static final Path AUR = Path.of("testdata/corpus/edgar-xml/AUR/000182810823000205.xml");

    @Test
    void everyCorpusFilingScoresPerfectlyAgainstItself() throws IOException {
        for (Path file : EdgarXmlReaderTest.corpusFiles()) {
            Form4 truth = EdgarXmlReader.read(file);
            Score score = FormScorer.score(file.toString(), truth, truth);
            assertEquals(1.0, score.counts().f1(), file.toString());
            assertTrue(score.problems().isEmpty());
            assertTrue(score.counts().truePositives() > 10, file.toString());
        }
    }

    @Test
    void oneChangedValueLosesExactlyThatField() {
        Form4 truth = EdgarXmlReader.read(AUR);
        Score perfect = FormScorer.score("aur", truth, truth);
        NonDerivativeTransaction row = truth.nonDerivativeTable().transactions().get(0);
        NonDerivativeTransaction changed = new NonDerivativeTransaction(row.securityTitle(), row.transactionDate(),
                row.deemedExecutionDate(), row.transactionCode(), row.equitySwapInvolved(), row.transactionShares(),
                row.transactionPricePerShare(), row.transactionAcquiredDisposedCode(),
                row.sharesOwnedFollowingTransaction().withValue(new BigDecimal("1"), row.sharesOwnedFollowingTransaction().provenance()),
                row.valueOwnedFollowingTransaction(), row.directOrIndirectOwnership(), row.natureOfOwnership());
        Score score = FormScorer.score("aur", withTableI(truth, changed), truth);

        assertEquals(1, score.problems().size());
        FieldResult problem = score.problems().get(0);
        assertEquals(Outcome.WRONG, problem.outcome());
        assertEquals(Group.TABLE1, problem.group());
        assertEquals("nonDerivativeTable.transactions[0].sharesOwnedFollowingTransaction", problem.field());
        assertEquals("1", problem.expected());
        Counts counts = score.counts();
        assertEquals(perfect.counts().truePositives() - 1, counts.truePositives());
        assertEquals(1, counts.falsePositives());
        assertEquals(1, counts.falseNegatives());
        assertEquals(1.0, score.countsByGroup().get(Group.TABLE2).f1());
    }

    @Test
    void numbersCompareByValueAndTextsIgnoreCaseAndSpacing() {
        Form4 truth = EdgarXmlReader.read(AUR);
        NonDerivativeTransaction row = truth.nonDerivativeTable().transactions().get(0);
        NonDerivativeTransaction reformatted = new NonDerivativeTransaction(
                row.securityTitle().withValue("  " + row.securityTitle().value().toUpperCase() + " ", row.securityTitle().provenance()),
                row.transactionDate(), row.deemedExecutionDate(), row.transactionCode(), row.equitySwapInvolved(),
                row.transactionShares().withValue(new BigDecimal(row.transactionShares().value().toPlainString() + ".000"),
                        row.transactionShares().provenance()),
                row.transactionPricePerShare(), row.transactionAcquiredDisposedCode(), row.sharesOwnedFollowingTransaction(),
                row.valueOwnedFollowingTransaction(), row.directOrIndirectOwnership(), row.natureOfOwnership());
        assertEquals(1.0, FormScorer.score("aur", truth, withTableI(truth, reformatted)).counts().f1());
    }

    @Test
    void footnoteLinksAndTextsAreScoredInTheirOwnGroups() {
        Form4 truth = EdgarXmlReader.read(AUR);
        NonDerivativeTransaction row = truth.nonDerivativeTable().transactions().get(0);
        NonDerivativeTransaction relinked = new NonDerivativeTransaction(row.securityTitle(), row.transactionDate(),
                row.deemedExecutionDate(), row.transactionCode(), row.equitySwapInvolved(),
                row.transactionShares().withFootnotes(List.of("F9")), row.transactionPricePerShare(),
                row.transactionAcquiredDisposedCode(), row.sharesOwnedFollowingTransaction(),
                row.valueOwnedFollowingTransaction(), row.directOrIndirectOwnership(), row.natureOfOwnership());
        List<Footnote> footnotes = new ArrayList<>(truth.footnotes());
        Footnote first = footnotes.get(0);
        // Markdown escapes and line breaks are not the filer's: same text.
        footnotes.set(0, new Footnote("1", first.text().replace("$", "\\$").replace(" ", "<br>"), SourcePosition.UNKNOWN));
        footnotes.remove(footnotes.size() - 1);
        Form4 extracted = withFootnotes(withTableI(truth, relinked), footnotes);

        Score score = FormScorer.score("aur", truth, extracted);
        assertEquals(List.of("nonDerivativeTable.transactions[0].transactionShares.footnotes[F9]: spurious F9",
                        "footnotes[F" + truth.footnotes().size() + "].text: missed " + truth.footnotes().get(truth.footnotes().size() - 1).text()),
                score.problems().stream().map(FieldResult::toString).toList());
        assertEquals(Group.FOOTNOTE_LINKS, score.problems().get(0).group());
        assertEquals(Group.FOOTNOTES, score.problems().get(1).group());
    }

    @Test
    void checkboxesCountOnlyWhenChecked() {
        Form4 truth = EdgarXmlReader.read(AUR);
        ReportingOwner owner = truth.reportingOwners().get(0);
        // An unchecked box read as null is no error; a checked box read as unchecked is a miss.
        ReportingOwner unsure = new ReportingOwner(owner.cik(), owner.name(), owner.street1(), owner.street2(),
                owner.city(), owner.state(), owner.zipCode(), FieldValue.absent(), FieldValue.absent(),
                FieldValue.absent(), FieldValue.absent(), owner.officerTitle(), owner.otherText());
        Form4 extracted = withOwner(truth, unsure);
        Score score = FormScorer.score("aur", truth, extracted);
        long checked = java.util.stream.Stream.of(owner.isDirector(), owner.isOfficer(), owner.isTenPercentOwner(), owner.isOther())
                .filter(f -> Boolean.TRUE.equals(f.value())).count();
        assertEquals(checked, score.problems().size());
        score.problems().forEach(p -> assertEquals(Outcome.MISSED, p.outcome()));
    }

    @Test
    void missingAndExtraRowsCountEveryField() {
        Form4 truth = EdgarXmlReader.read(AUR);
        Form4 none = withTableI(truth, null);
        Score score = FormScorer.score("aur", truth, none);
        long tableIFields = FormScorer.score("aur", truth, truth).fields().stream()
                .filter(f -> f.field().startsWith("nonDerivativeTable.transactions[")).count();
        assertEquals(tableIFields, score.problems().stream()
                .filter(f -> f.field().startsWith("nonDerivativeTable.transactions[") && f.outcome() == Outcome.MISSED).count());
        Score reverse = FormScorer.score("aur", none, truth);
        assertTrue(reverse.problems().stream().allMatch(f -> f.outcome() == Outcome.SPURIOUS));
        assertEquals(1.0, reverse.counts().recall());
    }

    /** The form with Table I's transactions replaced by one row (or none). */
    static Form4 withTableI(Form4 f, NonDerivativeTransaction only) {
        List<NonDerivativeTransaction> rows = new ArrayList<>(f.nonDerivativeTable().transactions());
        if (only == null) {
            rows.clear();
        } else {
            rows.set(0, only);
        }
        return new Form4(f.documentType(), f.periodOfReport(), f.dateOfOriginalSubmission(), f.notSubjectToSection16(),
                f.issuer(), f.reportingOwners(), f.jointFiling(), f.aff10b5One(),
                new NonDerivativeTable(rows, f.nonDerivativeTable().holdings()), f.derivativeTable(), f.footnotes(),
                f.remarks(), f.signatures());
    }

    static Form4 withFootnotes(Form4 f, List<Footnote> footnotes) {
        return new Form4(f.documentType(), f.periodOfReport(), f.dateOfOriginalSubmission(), f.notSubjectToSection16(),
                f.issuer(), f.reportingOwners(), f.jointFiling(), f.aff10b5One(), f.nonDerivativeTable(),
                f.derivativeTable(), footnotes, f.remarks(), f.signatures());
    }

    static Form4 withOwner(Form4 f, ReportingOwner owner) {
        return new Form4(f.documentType(), f.periodOfReport(), f.dateOfOriginalSubmission(), f.notSubjectToSection16(),
                f.issuer(), List.of(owner), f.jointFiling(), f.aff10b5One(), f.nonDerivativeTable(),
                f.derivativeTable(), f.footnotes(), f.remarks(), f.signatures());
    }
}
