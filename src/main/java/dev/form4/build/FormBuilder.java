package dev.form4.build;

import dev.form4.Extraction;
import dev.form4.layout.FormLayout;
import dev.form4.layout.Heading;
import dev.form4.layout.Line;
import dev.form4.layout.Row;
import dev.form4.model.DerivativeTable;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.SourcePosition;
import dev.form4.parse.ParsedDocument;
import dev.form4.repair.Repairs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Layout to Form 4: finds the header block and the tables, reads each row by aligning its values to the
 * columns, rebuilds rows that fell out of their table, then lets the repair rules use what the form
 * over-determines. Every value not read is null with a diagnostic.
 */
public final class FormBuilder {

    private FormBuilder() {
    }

    public static Extraction build(FormLayout layout, ParsedDocument parsed) {
        FormDetector.requireForm4(parsed.sourceName(), layout);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.syntaxDiagnostics());

        TableLocator.Sections sections = TableLocator.locate(layout.preamble());
        HeaderReader.Header header = HeaderReader.read(sections.headerRows(), layout.preamble(), diagnostics);

        List<DraftRow> rows = new ArrayList<>();
        readTable(sections.tableOne(), rows, diagnostics);
        readTable(sections.tableTwo(), rows, diagnostics);
        boolean looseAreDerivative = sections.tableTwo().isPresent();
        Map<Column, Integer> looseHints = CaptionHints.of(looseAreDerivative ? sections.tableTwo().captions() : sections.tableOne().captions());
        for (List<Atom> looseRow : LooseRows.rows(layout.looseBlocks(), looseAreDerivative)) {
            DraftRow row = RowReader.read(looseRow, looseAreDerivative, looseHints, looseRow.get(0).position().line(), true, diagnostics);
            rows.add(row);
            diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.REPAIRED, looseRow.get(0).position(),
                    row.kind().path() + "[" + countOf(rows, row.kind()) + "]",
                    "row rebuilt from " + looseRow.size() + " loose values after the table (lines " + looseRow.get(0).position().line()
                            + "-" + looseRow.get(looseRow.size() - 1).position().line() + ")"));
        }
        indexRows(rows);

        List<Footnote> footnotes = FootnoteReader.read(layout.footnotes(), diagnostics);
        Repairs.run(rows, footnotes, header.periodOfReport(), diagnostics);
        RequiredFields.check(rows, diagnostics);
        FootnoteLinks.check(rows, footnotes, diagnostics);

        SignatureReader.Split signatureBlock = SignatureReader.splitTrailingSignatures(layout.remarks(), layout.signatures());
        Form4 form = new Form4(documentType(layout, header), header.periodOfReport(), header.dateOfOriginalSubmission(),
                header.notSubjectToSection16(), header.issuer(), header.owners(), header.jointFiling(), header.aff10b5One(),
                new NonDerivativeTable(
                        rows.stream().filter(r -> r.kind() == TableKind.NON_DERIVATIVE_TRANSACTION).map(RecordMapper::nonDerivativeTransaction).toList(),
                        rows.stream().filter(r -> r.kind() == TableKind.NON_DERIVATIVE_HOLDING).map(RecordMapper::nonDerivativeHolding).toList()),
                new DerivativeTable(
                        rows.stream().filter(r -> r.kind() == TableKind.DERIVATIVE_TRANSACTION).map(RecordMapper::derivativeTransaction).toList(),
                        rows.stream().filter(r -> r.kind() == TableKind.DERIVATIVE_HOLDING).map(RecordMapper::derivativeHolding).toList()),
                footnotes, remarks(signatureBlock.remarks()), SignatureReader.read(signatureBlock.signatures(), diagnostics));
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line()).thenComparingInt(d -> d.position().column()));
        return new Extraction(parsed.sourceName(), form, diagnostics, parsed);
    }

    private static void readTable(TableSection table, List<DraftRow> rows, List<Diagnostic> diagnostics) {
        Map<Column, Integer> hints = CaptionHints.of(table.captions());
        for (Row row : table.dataRows()) {
            List<Atom> atoms = Atomizer.atoms(row);
            if (!atoms.isEmpty()) {
                rows.add(RowReader.read(atoms, table.derivative(), hints, row.line(), false, diagnostics));
            }
        }
    }

    private static int countOf(List<DraftRow> rows, TableKind kind) {
        return (int) rows.stream().filter(r -> r.kind() == kind).count() - 1;
    }

    private static void indexRows(List<DraftRow> rows) {
        for (TableKind kind : TableKind.values()) {
            int i = 0;
            for (DraftRow row : rows) {
                if (row.kind() == kind) {
                    row.setIndex(i++);
                }
            }
        }
    }

    private static String documentType(FormLayout layout, HeaderReader.Header header) {
        boolean amendment = header.dateOfOriginalSubmission().isPresent() || layout.preamble().stream()
                .anyMatch(b -> b instanceof Heading h && h.text().matches("(?i).*\\bFORM\\s*4/A\\b.*"));
        return amendment ? "4/A" : "4";
    }

    private static FieldValue<String> remarks(List<Line> lines) {
        List<String> texts = lines.stream().map(Line::text).filter(t -> !t.isBlank()).toList();
        if (texts.isEmpty()) {
            return FieldValue.absent();
        }
        return FieldValue.read(String.join(" ", texts), new SourcePosition(lines.get(0).line(), 1));
    }
}
