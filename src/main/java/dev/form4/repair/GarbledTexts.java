package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A title or a nature of ownership that OCR turned to letters without a word ("FY oe" for "by Trust", "qa" for
 * "Common Stock", "ed)"): every one of the corpus XML's 2,889 titles and 328 underlying titles holds a run of four
 * letters, every one of its 1,845 natures a run of three (but two that read "D"), so such a reading is none of them.
 * It is left unread, with a diagnostic naming what was read, rather than reported as a wrong value; its marks, if any
 * were read, stay on the field. Runs after the rules that rebuild a damaged title from other evidence
 * ({@link UnderlyingTitles}), which take such readings as their starting point. OCR's text only: another converter
 * copies a title's characters as printed, whatever they are ("@SUM(1+1)" stays a title).
 */
final class GarbledTexts {

    private static final Map<Column, Pattern> WORD = Map.of(
            Column.SECURITY_TITLE, Pattern.compile("\\p{L}{4}"),
            Column.UNDERLYING_TITLE, Pattern.compile("\\p{L}{4}"),
            Column.NATURE_OF_OWNERSHIP, Pattern.compile("\\p{L}{3}"));

    private GarbledTexts() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Map.Entry<Column, Pattern> text : WORD.entrySet()) {
                Column column = text.getKey();
                FieldValue<Object> value = row.get(column);
                if (value.value() == null || text.getValue().matcher(value.value().toString()).find()) {
                    continue;
                }
                row.set(column, value.hasFootnotes() ? new FieldValue<>(null, value.footnoteIds(), value.position(),
                        value.provenance()) : FieldValue.absent());
                int run = column == Column.NATURE_OF_OWNERSHIP ? 3 : 4;
                context.diagnostics().add(Diagnostic.unreadable(value.position(), row.path(column), "read '"
                        + value.value() + "': no run of " + run + " letters, which every "
                        + (column == Column.NATURE_OF_OWNERSHIP ? "nature of ownership" : "title")
                        + " holds; OCR's garbling, left unread"));
            }
        }
    }
}
