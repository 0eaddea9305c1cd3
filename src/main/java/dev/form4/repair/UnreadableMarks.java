package dev.form4.repair;

import dev.form4.model.Diagnostic;
import dev.form4.model.FieldValue;
import dev.form4.model.Footnote;
import dev.form4.model.Provenance;
import dev.form4.recognize.Column;
import dev.form4.recognize.ColumnReading;
import dev.form4.recognize.DraftRow;
import dev.form4.source.Atom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value's superscript mark that OCR read without its digit ("$980.457°)", "6,600)"): the value is kept and
 * the mark names no footnote, unless the document makes its number certain. One case does: a price whose mark
 * is there, and exactly one footnote states a price range that holds it ("ranging from $980.00 to $980.99"),
 * which is the weighted-average note the mark points to (in the 323 corpus filings, every price inside exactly
 * one note's range carries that note); not when another note's range, damaged by OCR ("$204. 100", "$204,090"), might
 * hold the price too. Another: a sale, purchase or option-exercise code with a mark ("sO)" for S(1), "MO)") in
 * a document with exactly one footnote about a Rule 10b5-1 trading plan, the plan under which the trade was made
 * (in the corpus, the 751 marked S/P codes of such documents, of five issuers, and the 29 marked M codes, of two,
 * all carry that note; the 72 marked C codes, conversions, carry another, so no other code is linked to that note). A third: a sale's or purchase's price with a mark in a
 * document whose only note about prices is one weighted-average note (no other note states a price range), which
 * is the note that price is an average of (in the corpus, all 125 marked S/P prices of such documents, 39 filings
 * of five issuers, carry it; other codes' marked prices carry other notes, 31 of 31). A fourth: a conversion's (C)
 * or another acquisition's or disposition's (J) code with a mark, in a document with exactly one note that tells
 * of a conversion made ("issued upon conversion of") or of a distribution, the note that explains that
 * transaction (in the corpus, all 82 marked C codes of such documents and all 35 marked J codes carry it; where
 * two notes tell of a distribution, as in a fund's and its partner's, the mark stays unlinked). Those links are INFERRED
 * with their evidence; every
 * other such mark is reported as unreadable where it stands (a code's already is, by the aligner's repair).
 */
final class UnreadableMarks {

    /** "Rule 10b5-1 trading plan", "10b5-1(c)", "10B5-1": the note of a plan the trades were made under. */
    private static final Pattern TRADING_PLAN = Pattern.compile("(?i)10b5-1");
    /** The codes whose mark, in a document with one trading-plan note, is that note: sale, purchase, option exercise. */
    private static final Set<Object> PLAN_CODES = Set.of("S", "P", "M");
    /**
     * The note that tells what a conversion (C) or another acquisition or disposition (J, a fund's distribution to its
     * partners) was: "issued upon conversion of", "were automatically converted into"; "pro rata distribution". Not
     * "convertible into" or "shall convert": a derivative's terms, not a conversion made.
     */
    private static final Map<Object, Pattern> CODE_NOTES = Map.of(
            "C", Pattern.compile("(?i)upon (the )?(automatic )?conversion|(was|were|been) (automatically )?converted|converted (on a one-for-one basis )?into"),
            "J", Pattern.compile("(?i)distribut"));
    /** "weighted average sale price", "weighted-average price": the note that a sale's or purchase's price is an average. */
    private static final Pattern WEIGHTED_AVERAGE = Pattern.compile("(?i)weighted[- ]?average");

    private UnreadableMarks() {
    }

    static void apply(RepairContext context) {
        for (DraftRow row : context.rows()) {
            for (Column column : Column.values()) {
                Optional<ColumnReading> reading = row.reading(column);
                if (reading.isEmpty()) {
                    continue;
                }
                for (Atom mark : reading.get().fragments()) {
                    if (mark.isUnreadableMark()) {
                        resolve(context, row, column, mark);
                    }
                }
            }
        }
    }

    /** Links a value's unreadable mark where the document makes its number certain, else reports it where it stands. */
    static void resolve(RepairContext context, DraftRow row, Column column, Atom mark) {
        FieldValue<Object> value = row.get(column);
        String at = "'" + mark.text() + "' at " + mark.position().line() + ":" + mark.position().column();
        if (column == Column.TRANSACTION_CODE) {
            Object code = value.value();
            List<Footnote> plans = context.footnotes().stream().filter(f -> TRADING_PLAN.matcher(f.text()).find()).toList();
            // code != null first: Set.of's contains throws on null, and a code the aligner read as no valid code is null
            if (code != null && PLAN_CODES.contains(code) && plans.size() == 1 && !value.footnoteIds().contains(plans.get(0).id())) {
                link(context, row, column, value, plans.get(0).id(), mark, "the footnote mark " + at + " after the code "
                        + code + " has no readable number; linked to " + plans.get(0).id()
                        + ", the document's only footnote about a Rule 10b5-1 trading plan, under which a sale, purchase"
                        + " or option exercise is made");
                return;
            }
            Pattern told = code == null ? null : CODE_NOTES.get(code);
            List<Footnote> telling = told == null ? List.of()
                    : context.footnotes().stream().filter(f -> told.matcher(f.text()).find()).toList();
            // a lone ';' or ',' beside a code is OCR's speck of a border as often as a mark: not taken as one here
            boolean markGlyph = mark.text().chars().anyMatch(c -> ".,;:".indexOf(c) < 0);
            if (telling.size() == 1 && markGlyph && !value.footnoteIds().contains(telling.get(0).id())) {
                link(context, row, column, value, telling.get(0).id(), mark, "the footnote mark " + at + " after the code "
                        + code + " has no readable number; linked to " + telling.get(0).id() + ", the document's only"
                        + " footnote that tells of " + (code.equals("C") ? "a conversion made" : "a distribution"));
                return;
            }
            context.unreadMarks().add(new RepairContext.UnreadMark(row, column, mark, null)); // the aligner's note says so
            return;
        }
        Optional<BigDecimal> price = column == Column.TRANSACTION_PRICE ? row.number(column) : Optional.empty();
        if (price.isPresent()) {
            List<Footnote> holding = new ArrayList<>();
            boolean unreadRange = false; // a note whose range OCR damaged might hold the price too
            for (Footnote footnote : context.footnotes()) {
                Optional<WeightedAveragePrice.Holds> holds = WeightedAveragePrice.holds(footnote, price.get());
                if (holds.isPresent() && holds.get() == WeightedAveragePrice.Holds.YES) {
                    holding.add(footnote);
                } else if (holds.isPresent() && holds.get() == WeightedAveragePrice.Holds.UNKNOWN) {
                    unreadRange = true;
                }
            }
            if (holding.size() == 1 && !unreadRange && !value.footnoteIds().contains(holding.get(0).id())) {
                Footnote holder = holding.get(0);
                String id = holder.id();
                String range = WeightedAveragePrice.readableRange(holder).map(Object::toString).orElse("range")
                        + WeightedAveragePrice.mendedText(holder).map(t -> " (OCR's '" + t + "', a bound's separators misread)").orElse("");
                link(context, row, column, value, id, mark, "the footnote mark " + at + " after the price "
                        + price.get().toPlainString() + " has no readable number; linked to " + id
                        + ", the only footnote whose stated " + range + " holds that price");
                return;
            }
            Object code = row.get(Column.TRANSACTION_CODE).value();
            Optional<Footnote> average = onlyPriceNote(context.footnotes(), price.get());
            if (("S".equals(code) || "P".equals(code)) && average.isPresent() && !value.footnoteIds().contains(average.get().id())) {
                String id = average.get().id();
                link(context, row, column, value, id, mark, "the footnote mark " + at + " after the price "
                        + price.get().toPlainString() + " of a " + (code.equals("S") ? "sale" : "purchase")
                        + " has no readable number; linked to " + id + ", the document's only footnote about a"
                        + " weighted-average price, and no other footnote states a price range");
                return;
            }
        }
        context.unreadMarks().add(new RepairContext.UnreadMark(row, column, mark, Diagnostic.unreadable(mark.position(),
                row.path(column), "a footnote mark after the " + column.fills().fieldName() + " value, read as " + at
                        + ": its number is unreadable; the value is kept without the mark")));
    }

    /**
     * The document's one note about prices: the only one that speaks of a weighted average, when no other states a
     * price range, and its own range, if it can be read, does not exclude {@code price}.
     */
    private static Optional<Footnote> onlyPriceNote(List<Footnote> footnotes, BigDecimal price) {
        List<Footnote> average = footnotes.stream().filter(f -> WEIGHTED_AVERAGE.matcher(f.text()).find()).toList();
        if (average.size() != 1 || WeightedAveragePrice.holds(average.get(0), price).filter(h -> h == WeightedAveragePrice.Holds.NO).isPresent()
                || footnotes.stream().anyMatch(f -> f != average.get(0) && WeightedAveragePrice.holds(f, price).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(average.get(0));
    }

    private static void link(RepairContext context, DraftRow row, Column column, FieldValue<Object> value, String id,
                             Atom mark, String evidence) {
        List<String> ids = new ArrayList<>(value.footnoteIds());
        ids.add(id);
        row.set(column, new FieldValue<>(value.value(), ids, value.position(), Provenance.INFERRED));
        context.diagnostics().add(Diagnostic.inferred(mark.position(), row.path(column), evidence));
    }
}
