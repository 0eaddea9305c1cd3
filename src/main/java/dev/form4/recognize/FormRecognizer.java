package dev.form4.recognize;

import dev.form4.model.DerivativeTable;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.SourcePosition;
import dev.form4.parse.FormTree;
import dev.form4.parse.ParsedDocument;
import dev.form4.source.Atom;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The form's parts to the form's fields: the header's boxes read, each table row's values aligned to its
 * table's columns, rows that fell out of their table rebuilt, the footnotes, remarks and signatures read. Every
 * value not read is null with a diagnostic; a part of the form that is not there at all is an error that says
 * where it was looked for. The repairs run between {@link #recognize} and {@link #finish}.
 */
public final class FormRecognizer {

    private FormRecognizer() {
    }

    /**
     * Runs the readers' static set-up (their caption and label patterns) now, for a caller that has a core to
     * spare before its first document (the command line, while it parses its arguments).
     */
    public static void initializeReaders() throws ClassNotFoundException {
        for (Class<?> reader : java.util.List.of(HeaderReader.class, TableKind.class, CaptionHints.class)) {
            Class.forName(reader.getName(), true, reader.getClassLoader());
        }
    }

    public static FormDraft recognize(ParsedDocument parsed) {
        FormTree form = parsed.form();
        FormDetector.requireForm4(parsed.sourceName(), parsed.rows());
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.syntaxDiagnostics());

        List<SourceRow> headerRows = new ArrayList<>();
        form.header().rows().forEach(r -> headerRows.add(r.source()));
        form.tableOne().stray().forEach(r -> headerRows.add(r.source()));
        form.tableTwo().stray().forEach(r -> headerRows.add(r.source()));
        form.laterOwners().rows().forEach(r -> headerRows.add(r.source()));
        List<SourceRow> frontMatter = form.frontMatter().stream().map(FormTree.Row::source).toList();
        HeaderReader.Header header = HeaderReader.read(headerRows, frontMatter, diagnostics);

        List<DraftRow> rows = new ArrayList<>();
        readTable(form.tableOne(), false, rows, diagnostics);
        readTable(form.tableTwo(), true, rows, diagnostics);
        boolean looseAreDerivative = form.tableTwo().present();
        FormTree.Table looseTable = looseAreDerivative ? form.tableTwo() : form.tableOne();
        Map<Column, Integer> looseHints = CaptionHints.of(captionRows(looseTable));
        for (List<Atom> looseRow : LooseRows.rows(form.notes().loose(), looseAreDerivative)) {
            DraftRow row = RowReader.read(looseRow, looseAreDerivative, looseHints, looseRow.get(0).position().line(), true, diagnostics);
            rows.add(row);
            diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.REPAIRED, looseRow.get(0).position(),
                    row.kind().path() + "[" + countOf(rows, row.kind()) + "]",
                    "row rebuilt from " + looseRow.size() + " loose values after the table (lines " + looseRow.get(0).position().line()
                            + "-" + looseRow.get(looseRow.size() - 1).position().line() + ")"));
        }
        indexRows(rows);

        List<dev.form4.model.Footnote> footnotes = FootnoteReader.read(form.notes().footnotes(), diagnostics);
        SignatureReader.Split signatureBlock = SignatureReader.splitTrailingSignatures(lines(remarkRows(form)),
                lines(form.signatures()));
        return new FormDraft(documentType(parsed, header), header, rows, footnotes, remarks(signatureBlock.remarks()),
                SignatureReader.read(signatureBlock.signatures(), diagnostics), diagnostics);
    }

    /** After the repairs: the required fields and footnote references checked, the model made. */
    public static Form4 finish(FormDraft draft) {
        List<DraftRow> rows = draft.rows();
        RequiredFields.check(rows, draft.diagnostics());
        FootnoteLinks.check(rows, draft.footnotes(), draft.diagnostics());
        HeaderReader.Header header = draft.header();
        Form4 form = new Form4(draft.documentType(), header.periodOfReport(), header.dateOfOriginalSubmission(),
                header.notSubjectToSection16(), header.issuer(), header.owners(), header.jointFiling(), header.aff10b5One(),
                new NonDerivativeTable(
                        rows.stream().filter(r -> r.kind() == TableKind.NON_DERIVATIVE_TRANSACTION).map(RecordMapper::nonDerivativeTransaction).toList(),
                        rows.stream().filter(r -> r.kind() == TableKind.NON_DERIVATIVE_HOLDING).map(RecordMapper::nonDerivativeHolding).toList()),
                new DerivativeTable(
                        rows.stream().filter(r -> r.kind() == TableKind.DERIVATIVE_TRANSACTION).map(RecordMapper::derivativeTransaction).toList(),
                        rows.stream().filter(r -> r.kind() == TableKind.DERIVATIVE_HOLDING).map(RecordMapper::derivativeHolding).toList()),
                draft.footnotes(), draft.remarks(), draft.signatures());
        draft.diagnostics().sort(Comparator.comparingInt((Diagnostic d) -> d.position().line()).thenComparingInt(d -> d.position().column()));
        return form;
    }

    private static void readTable(FormTree.Table table, boolean derivative, List<DraftRow> rows, List<Diagnostic> diagnostics) {
        if (!table.present()) {
            return;
        }
        Map<Column, Integer> hints = CaptionHints.of(captionRows(table));
        for (TableRows.Logical row : TableRows.of(table.body())) {
            if (!row.atoms().isEmpty()) {
                rows.add(RowReader.read(row.atoms(), derivative, hints, row.row().line(), false, diagnostics));
            }
        }
    }

    /** Rows that may hold a table's sub-captions: its captions and its rows without values, as they stand. */
    private static List<SourceRow> captionRows(FormTree.Table table) {
        List<SourceRow> rows = new ArrayList<>();
        if (table.title() != null) {
            rows.add(table.title().source());
        }
        table.captions().forEach(r -> rows.add(r.source()));
        table.body().stream().filter(r -> r.type() != dev.form4.parse.Form4Parser.DATA_ROW).forEach(r -> rows.add(r.source()));
        rows.sort(Comparator.comparingInt(SourceRow::line));
        return rows;
    }

    /** The remarks' rows; "Remarks: text" keeps the text after the heading. */
    private static List<FormTree.Row> remarkRows(FormTree form) {
        return form.remarks();
    }

    private static List<SignatureReader.Line> lines(List<FormTree.Row> rows) {
        List<SignatureReader.Line> lines = new ArrayList<>();
        for (FormTree.Row row : rows) {
            SignatureReader.Line line = SignatureReader.Line.of(row.source());
            if (row.type() == dev.form4.parse.Form4Parser.REMARKS_HEADING) {
                String rest = line.text().replaceFirst("^#*\\s*\\**\\s*Remarks:?\\s*\\**\\s*", "");
                if (rest.isEmpty()) {
                    continue;
                }
                line = new SignatureReader.Line(line.line(), line.items(), rest);
            }
            lines.add(line);
        }
        return lines;
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

    private static String documentType(ParsedDocument parsed, HeaderReader.Header header) {
        boolean amendment = header.dateOfOriginalSubmission().isPresent() || parsed.form().frontMatter().stream()
                .anyMatch(r -> r.source().text().matches("(?i).*\\bFORM\\s*4/A\\b.*"));
        return amendment ? "4/A" : "4";
    }

    private static FieldValue<String> remarks(List<SignatureReader.Line> lines) {
        List<String> texts = lines.stream().map(SignatureReader.Line::text).filter(t -> !t.isBlank()).toList();
        if (texts.isEmpty()) {
            return FieldValue.absent();
        }
        return FieldValue.read(String.join(" ", texts), new SourcePosition(lines.get(0).line(), 1));
    }
}
