package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.DraftRow;
import dev.form4.source.Atom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A nature of ownership that points to a footnote ("See footnote(4)") as OCR reads its raised mark: the
 * parentheses lost ("See footnote’ 4", "See Footnotes2"), or only specks left ("See footnote’"). The number is
 * the footnote the text names, taken only when Explanation of Responses has it; the specks are no part of the
 * text. Both are reported.
 */
final class NatureMarks {

    /** "...footnote", specks of the mark, then perhaps its number with a parenthesis left. */
    private static final Pattern MARKED = Pattern.compile("(?i)^(.*\\bfootnotes?)([’'\"”“‘!®©°*]*)\\s*(\\d{1,2})?\\)?$");

    private NatureMarks() {
    }

    static void apply(RepairContext context) {
        Set<String> ids = context.footnotes().stream().map(Footnote::id).collect(Collectors.toSet());
        for (DraftRow row : context.rows()) {
            FieldValue<Object> nature = row.get(Column.NATURE_OF_OWNERSHIP);
            if (nature.value() == null || nature.provenance() != Provenance.READ) {
                continue;
            }
            String read = nature.value().toString();
            Matcher m = MARKED.matcher(read);
            if (!m.matches() || m.group(2).isEmpty() && m.group(3) == null) {
                continue;
            }
            String text = m.group(1);
            String id = m.group(3) == null ? null : "F" + Integer.parseInt(m.group(3));
            List<String> footnotes = new ArrayList<>(nature.footnoteIds());
            String evidence;
            if (id != null && ids.contains(id) && !footnotes.contains(id)) {
                footnotes.add(id);
                evidence = "read '" + read + "': the text names footnote " + m.group(3) + " (in Explanation of"
                        + " Responses), its mark's parentheses lost; read as '" + text + "' with its mark (" + m.group(3) + ")";
            } else if (id == null) {
                evidence = "read '" + read + "': dropped '" + m.group(2) + "' after it, the specks of a mark whose number is unreadable";
            } else {
                continue; // a number that names no footnote: no mark to take, nothing to drop
            }
            row.set(Column.NATURE_OF_OWNERSHIP, new FieldValue<>(text, footnotes, nature.position(), Provenance.REPAIRED));
            if (id == null) {
                context.unreadMarks().add(new RepairContext.UnreadMark(row, Column.NATURE_OF_OWNERSHIP,
                        Atom.unreadableMark(m.group(2), -1, nature.position()), null));
            }
            context.diagnostics().add(Diagnostic.repaired(row.position(Column.NATURE_OF_OWNERSHIP),
                    row.path(Column.NATURE_OF_OWNERSHIP), evidence));
        }
    }
}
