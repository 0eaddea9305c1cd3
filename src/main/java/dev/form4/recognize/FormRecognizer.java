package dev.form4.recognize;

import dev.form4.input.InputFormat;
import dev.form4.model.DerivativeTable;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Form4;
import dev.form4.model.NonDerivativeTable;
import dev.form4.model.Provenance;
import dev.form4.model.SourcePosition;
import dev.form4.parse.Form4Parser;
import dev.form4.parse.FormTree;
import dev.form4.parse.ParsedDocument;
import dev.form4.source.Atom;
import dev.form4.source.SourceRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
        StringBuilder elsewhere = new StringBuilder();
        java.util.Set<SourceRow> inHeader = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inHeader.addAll(headerRows);
        inHeader.addAll(frontMatter);
        for (SourceRow row : parsed.rows()) {
            if (!inHeader.contains(row)) {
                elsewhere.append(row.text()).append('\n');
            }
        }
        // Without remarks, the notes' last rows stand right above the signature caption and may be a signature.
        List<FormTree.Row> afterNotes = form.remarks().isEmpty() ? rowsAfterLastNote(form.notes()) : List.of();
        List<FormTree.Row> signatureRows = new ArrayList<>(form.signatures());
        signatureRows.addAll(signaturesAmongInstructions(form.closing()));
        StringBuilder signed = new StringBuilder();
        for (List<FormTree.Row> block : List.of(form.remarks(), afterNotes, signatureRows)) {
            block.forEach(r -> signed.append(r.source().text()).append('\n'));
        }
        HeaderReader.Header header = HeaderReader.read(headerRows, frontMatter, elsewhere.toString(), signed.toString(), diagnostics);

        requireTables(form, parsed.rows(), diagnostics);
        List<DraftRow> rows = new ArrayList<>();
        boolean cellLines = parsed.format() == InputFormat.MUPDF || parsed.format() == InputFormat.BLOCKS;
        readTable(form.tableOne(), false, cellLines, rows, diagnostics);
        readTable(form.tableTwo(), true, cellLines, rows, diagnostics);
        boolean looseAreDerivative = form.tableTwo().present();
        FormTree.Table looseTable = looseAreDerivative ? form.tableTwo() : form.tableOne();
        CaptionHints looseHints = CaptionHints.of(captionRows(looseTable));
        SignatureReader.Split signatureBlock = SignatureReader.splitTrailingSignatures(
                lines(form.remarks().isEmpty() ? afterNotes : remarkRows(form)), lines(signatureRows));
        List<FormTree.Row> loose = new ArrayList<>(form.notes().loose());
        if (form.remarks().isEmpty()) {
            loose.removeIf(r -> signatureBlock.signatures().stream().anyMatch(l -> l.line() == r.source().line()));
        }
        for (List<Atom> looseRow : LooseRows.rows(loose, looseAreDerivative)) {
            DraftRow row = RowReader.read(looseRow, null, looseAreDerivative, looseHints, looseRow.get(0).position().line(), true, diagnostics);
            rows.add(row);
            diagnostics.add(new Diagnostic(Diagnostic.Severity.INFO, Diagnostic.Kind.REPAIRED, looseRow.get(0).position(),
                    row.kind().path() + "[" + countOf(rows, row.kind()) + "]",
                    "row rebuilt from " + looseRow.size() + " loose values after the table (lines " + looseRow.get(0).position().line()
                            + "-" + looseRow.get(looseRow.size() - 1).position().line() + ")"));
        }
        indexRows(rows);
        List<java.time.LocalDate> transactionDates = new ArrayList<>();
        rows.forEach(r -> r.date(Column.TRANSACTION_DATE).ifPresent(transactionDates::add));
        header = HeaderReader.withPeriodFromTables(header, headerRows, transactionDates, diagnostics);

        OcrProse prose = parsed.format() == InputFormat.OCR ? OcrProse.of(parsed.text()) : OcrProse.NONE;
        List<dev.form4.model.Footnote> footnotes = FootnoteReader.read(form.notes().footnotes(), prose, diagnostics);
        List<SignatureReader.Line> remarks = form.remarks().isEmpty() ? List.of() : signatureBlock.remarks();
        return new FormDraft(documentType(parsed, header), header, rows, footnotes, remarks(remarks, prose, diagnostics),
                SignatureReader.read(signatureBlock.signatures(), header.periodOfReport(), prose.readByOcr(), diagnostics), diagnostics);
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

    /**
     * The printed form always has Table I, and Table II under its title: a table that cannot be located is an
     * error that says where it was looked for (never an empty table taken for a form without transactions).
     */
    private static void requireTables(FormTree form, List<SourceRow> rows, List<Diagnostic> diagnostics) {
        int after = form.header().rows().isEmpty() ? 1 : form.header().rows().get(form.header().rows().size() - 1).source().lastLine();
        if (!form.tableOne().present()) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.UNREADABLE, new SourcePosition(after, 1),
                    "nonDerivativeTable", "Table I not found: neither its title 'Table I - Non-Derivative Securities Acquired,"
                    + " Disposed of, or Beneficially Owned' nor its column captions after line " + after));
        }
        FormTree.Table two = form.tableTwo();
        if (two.present() && two.titled() && two.captions().isEmpty() && two.body().isEmpty()) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.UNREADABLE, new SourcePosition(two.title().line(), 1),
                    "derivativeTable", "Table II's title stands at line " + two.title().line()
                    + ", but neither its column captions nor a row of it follow"));
        } else if (!two.present() && rows.stream().anyMatch(r -> r.text().toLowerCase(java.util.Locale.ROOT).contains("table ii"))) {
            diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.UNREADABLE, new SourcePosition(after, 1),
                    "derivativeTable", "'Table II' is named in the text, but its title and column captions were not found"
                    + " after line " + after));
        }
    }

    /** {@code cellLines}: the table's lines are its cells' lines, one cell a line, in column order (MuPDF's text). */
    private static void readTable(FormTree.Table table, boolean derivative, boolean cellLines, List<DraftRow> rows,
                                  List<Diagnostic> diagnostics) {
        if (!table.present()) {
            return;
        }
        CaptionHints hints = CaptionHints.of(captionRows(table));
        for (TableRows.Logical row : TableRows.of(table, derivative, cellLines, hints.cells())) {
            if (!row.atoms().isEmpty()) {
                rows.add(RowReader.read(row.atoms(), row.row(), derivative, hints, row.row().line(), false, diagnostics));
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

    /**
     * OCR reads the page's blocks in its own order and may put the signer's box after the printed instructions:
     * there, a "/s/" row, the rows under it up to its caption, and the caption's date-only rows are the box.
     */
    private static List<FormTree.Row> signaturesAmongInstructions(List<FormTree.Row> closing) {
        List<FormTree.Row> box = new ArrayList<>();
        boolean inBox = false;
        boolean afterCaption = false;
        for (FormTree.Row row : closing) {
            switch (row.type()) {
                case Form4Parser.SIGNATURE -> {
                    inBox = true;
                    afterCaption = false;
                    box.add(row);
                }
                case Form4Parser.SIGNATURE_CAPTION -> {
                    if (inBox || afterCaption) {
                        box.add(row);
                        afterCaption = true;
                    }
                    inBox = false;
                }
                case Form4Parser.BOILERPLATE -> {
                    inBox = false;
                    afterCaption = false;
                }
                default -> {
                    if (inBox || afterCaption && row.type() == Form4Parser.LOOSE_VALUE) {
                        box.add(row);
                    }
                }
            }
        }
        return box;
    }

    /** The notes' loose rows below their last note. */
    private static List<FormTree.Row> rowsAfterLastNote(FormTree.Notes notes) {
        int lastNote = 0;
        for (FormTree.Footnote note : notes.footnotes()) {
            List<FormTree.Row> rows = note.continuation();
            lastNote = Math.max(lastNote, (rows.isEmpty() ? note.first() : rows.get(rows.size() - 1)).source().lastLine());
        }
        int after = lastNote;
        return notes.loose().stream().filter(r -> r.source().line() > after).toList();
    }

    /** The remarks' rows; "Remarks: text" keeps the text after the heading. */
    private static List<FormTree.Row> remarkRows(FormTree form) {
        return form.remarks();
    }

    private static final java.util.regex.Pattern REMARKS_HEADING = java.util.regex.Pattern.compile("^#*\\s*\\**\\s*Remarks:?\\s*\\**\\s*");

    private static List<SignatureReader.Line> lines(List<FormTree.Row> rows) {
        List<SignatureReader.Line> lines = new ArrayList<>();
        for (FormTree.Row row : rows) {
            SignatureReader.Line line = SignatureReader.Line.of(row.source());
            if (row.type() == dev.form4.parse.Form4Parser.REMARKS_HEADING) {
                String rest = REMARKS_HEADING.matcher(line.text()).replaceFirst("");
                if (rest.isEmpty()) {
                    continue;
                }
                line = line.withText(rest);
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

    // compiled once, not per row of the front matter as String.matches would
    private static final Pattern AMENDMENT_TITLE = Pattern.compile("(?i).*\\bFORM\\s*4/A\\b.*");

    private static String documentType(ParsedDocument parsed, HeaderReader.Header header) {
        boolean amendment = header.dateOfOriginalSubmission().isPresent() || parsed.form().frontMatter().stream()
                .anyMatch(r -> AMENDMENT_TITLE.matcher(r.source().text()).matches());
        return amendment ? "4/A" : "4";
    }

    private static FieldValue<String> remarks(List<SignatureReader.Line> lines, OcrProse prose, List<Diagnostic> diagnostics) {
        List<String> texts = lines.stream().map(SignatureReader.Line::text).filter(t -> !t.isBlank()).toList();
        if (texts.isEmpty()) {
            return FieldValue.absent();
        }
        String text = String.join(" ", texts);
        SourcePosition at = new SourcePosition(lines.get(0).line(), 1);
        String repaired = prose.repair(text, at, "remarks", diagnostics);
        return repaired.equals(text) ? FieldValue.read(text, at) : new FieldValue<>(repaired, List.of(), at, Provenance.REPAIRED);
    }
}
