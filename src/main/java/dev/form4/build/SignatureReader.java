package dev.form4.build;

import dev.form4.layout.Item;
import dev.form4.layout.Line;
import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Signature;
import dev.form4.model.SourcePosition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The signature block: each "/s/ ..." line is a signature; its date is a full date on the same line or the next
 * line that is only a date. A date cut at the line's end ("... Courtot 11/2") is not part of the name.
 */
final class SignatureReader {

    private SignatureReader() {
    }

    static List<Signature> read(List<Line> lines, List<Diagnostic> diagnostics) {
        List<Signature> signatures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.text().matches("(?i)^/s/.*")) {
                continue;
            }
            String path = "signatures[" + signatures.size() + "]";
            SourcePosition at = line.items().isEmpty() ? new SourcePosition(line.line(), 1) : line.items().get(0).position();
            String name = line.text().replaceFirst("\\s+\\d{1,2}/\\d{1,2}/\\d{4}\\s*$", "")
                    .replaceFirst("\\s+\\d{1,2}(/\\d{0,2}(/\\d{0,3})?)?\\s*$", "").trim();
            FieldValue<LocalDate> date = dateOn(line).or(() -> dateBelow(lines, line))
                    .orElse(FieldValue.absent());
            if (!date.isPresent()) {
                diagnostics.add(Diagnostic.unreadable(at, path + ".date", "no date found for the signature"));
            }
            signatures.add(new Signature(FieldValue.read(name, at), date));
        }
        return signatures;
    }

    private static Optional<FieldValue<LocalDate>> dateOn(Line line) {
        for (Item item : line.items()) {
            if (item.kind() == Item.Kind.DATE) {
                Optional<LocalDate> date = RowReader.date(item.text());
                if (date.isPresent()) {
                    return Optional.of(FieldValue.read(date.get(), item.position()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldValue<LocalDate>> dateBelow(List<Line> lines, Line signature) {
        for (int i = lines.indexOf(signature) + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text().matches("(?i)^/s/.*")) {
                return Optional.empty();
            }
            if (line.items().size() == 1 && line.items().get(0).kind() == Item.Kind.DATE) {
                return dateOn(line);
            }
        }
        return Optional.empty();
    }
}
