package dev.form4.recognize;

import dev.form4.source.Atom;
import dev.form4.model.SourcePosition;
import dev.form4.model.XmlRule;
import java.util.Collections;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns a row's atoms to its table's columns by what each atom is and by column order, the way a person reads
 * a damaged row: a date goes to a date column, a lone "D" after the price is the ownership form, two pieces of
 * a number cut at a cell edge go back together. A dynamic program over (atoms read, columns passed) finds the
 * cheapest explanation: filling a column earns, joining pieces or setting an atom aside costs. Cell positions
 * of the captions are a weak hint, used only to break ties such as Table II's (A) vs (D).
 */
public final class ColumnAligner {

    /** Codes of the SEC's list (General Instruction 8). */
    static final Set<String> TRANSACTION_CODES = Set.of("P", "S", "V", "A", "D", "F", "I", "M", "C", "E", "H",
            "O", "X", "G", "L", "W", "Z", "J", "K", "U");

    /**
     * The codes a misread glyph is read as: those the corpus' 323 filings use (of 2361 transactions: S 1603, C 295,
     * A 173, J 166, M 69, P 32, G 11, X 8, F 3, D 1). A code none of them has (E, O, H, I, K, L, U, V, W, Z) is
     * far less likely than another letter misread, so such a glyph ("ei)", "of)") stands in the code's column
     * unread: its text is no valid code, and the row reports it.
     */
    static final Set<String> MISREAD_CODES = Set.of("S", "C", "A", "J", "M", "P", "G", "X", "F", "D");

    /**
     * A code letter, perhaps a second letter, then what is left of a mark: no letters ("sO)", "Ss", "c", "JO)"), or
     * the mark's digit with the ')' that closes it, its '(' lost ("x2)" for X(2)).
     */
    private static final Pattern OCR_CODE = Pattern.compile("([A-Za-z])([A-Za-z])?(?:[0-9]\\)|[^A-Za-z0-9]{0,2})");
    /**
     * Letters OCR makes of a superscript mark's small print after the code: round glyphs for '(' and the round
     * digits ("sO", "sD", "ce)"), thin ones for '(' and '1' ("sf)", "si)", "st)").
     */
    private static final String MARK_GLYPHS = "oODecfiltj";
    /**
     * OCR's shapes of an S with its mark's debris: the digits 3 and 5 it takes S for, or s/S/$ with up to two
     * glyphs of the mark ("sh", "sg)", "si0", "sX", "s}"); not a 'v' after it, which may be the V box beside.
     * No other code of the SEC's list has these shapes, but only S among Table I's dispositions (1602 of 1725
     * D rows in the corpus' 323 filings; J 113, G 7, F 3), and S is acquired once in 1603: so read only where
     * the row's A/D flag reads D ({@link #confirmDirection}).
     */
    private static final Pattern SALE_SHAPE = Pattern.compile("[sS$][A-UW-Za-uw-z0-9]?[0-9]?[^A-Za-z0-9\\s]{0,2}");
    /**
     * The digits OCR takes an S for: 3, 5 and 8 (the same strokes closed). Alone ("8)", its mark's ')' a mark of its
     * own), or with the mark's digit after it where the mark's ')' closes them ("52)" for S(2), its '(' lost).
     */
    private static final Pattern SALE_DIGITS = Pattern.compile("[358][0-9]?");
    /**
     * The lowercase letters that have their capital's shape, smaller: OCR lowercases such a code ("s", "c", "x").
     * An 'a' or a 'g' is no A or G lowercased but another glyph misread (in the converters' OCR of the
     * committed filings, 'a' stood for C, J or M 7 times in 8, 'g' for S or C 5 times in 5).
     */
    private static final String CASE_ALIKE = "cjkmopsuvwxz";
    /** What reading a misread letter costs over reading it clean. */
    private static final double MISREAD = 0.25;
    private static final int MAX_GROUP = 8;
    /**
     * A text column takes more: a nature's or title's lines one a cell (MuPDF writes each line of a cell apart: "By"
     * / "Sequoia" / "Capital" / "U.S." / "Growth" / "VII" / "Principals" / "Fund," / "L.P."). A text group grows only
     * over texts and marks, so the longer reach costs little.
     */
    private static final int MAX_TEXT_GROUP = 24;
    private static final double FILL = -1.0;
    private static final double FILL_FOOTNOTE_ONLY = -0.6;

    private ColumnAligner() {
    }

    /** The result: one reading per filled column, and the total cost (lower is a better explanation). */
    public record Alignment(Map<Column, ColumnReading> readings, List<Atom> unplaced, double cost) {
    }

    public static Alignment align(List<Atom> atoms, TableKind kind, Map<Column, Integer> cellHints) {
        List<Column> columns = kind.columns(cellHints.containsKey(Column.ACQUIRED_DISPOSED));
        int n = atoms.size();
        int m = columns.size();
        double[][] cost = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1]; // encoded move into (i, j)
        for (double[] rowCosts : cost) {
            Arrays.fill(rowCosts, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                double here = cost[i][j];
                if (here == Double.POSITIVE_INFINITY) {
                    continue;
                }
                if (j < m) {
                    relax(cost, back, i, j + 1, here, encode(Move.EMPTY_COLUMN, 0));
                }
                if (i < n) {
                    relax(cost, back, i + 1, j, here + skipCost(atoms, i), encode(Move.SKIP_ATOM, 0));
                }
                if (i < n && j < m) {
                    int reach = columns.get(j).accepts() == Column.Accepts.TEXT ? MAX_TEXT_GROUP : MAX_GROUP;
                    for (int k = i + 1; k <= Math.min(n, i + reach); k++) {
                        Optional<Group> group = Group.of(atoms.subList(i, k), columns.get(j), k < n ? atoms.get(k) : null);
                        if (group.isEmpty()) {
                            break; // a group that cannot be one value stays so when it grows
                        }
                        if (group.get().kind == Atom.Kind.FOOTNOTE && closesTextOnItsLine(atoms, i, k)) {
                            continue;
                        }
                        double c = group.get().cost + positionPenalty(group.get(), columns.get(j), cellHints)
                                + (group.get().kind == Atom.Kind.FOOTNOTE ? 0 : requiredBonus(columns.get(j)))
                                + (isTableICodeD(group.get(), columns.get(j), kind) ? TABLE_I_CODE_D : 0);
                        relax(cost, back, k, j + 1, here + c, encode(Move.FILL, k - i));
                    }
                }
            }
        }
        return confirmDirection(reconstruct(atoms, columns, cost, back), kind);
    }

    /**
     * A code read from an S's shape ({@link #SALE_SHAPE}, a lone 3 or 5) stands only beside the D flag that a
     * sale has; with any other flag, or none read, two codes are possible and the code stays unread. Any other
     * code read from a misread glyph stays only where Table I's printed flag does not contradict it: in the
     * corpus' Table I rows A (85), C (126), M (34), P (30) and X (4) are always acquired, F (3) disposed; a
     * contrary flag means another letter was misread. A lowercase s with a mark's glyph ("s®)") is S's own shape
     * and S is acquired once in 1603 (a filing's "S ... A"), so it is kept beside either flag.
     */
    private static Alignment confirmDirection(Alignment alignment, TableKind kind) {
        ColumnReading code = alignment.readings().get(Column.TRANSACTION_CODE);
        if (code == null || code.joinNote() == null || code.kind() != Atom.Kind.LETTER) {
            return alignment;
        }
        ColumnReading flag = alignment.readings().get(Column.ACQUIRED_DISPOSED);
        String read = flag == null ? null : flag.text();
        boolean keep;
        if (code.joinNote().startsWith(SALE_NOTE)) {
            keep = "D".equals(read);
        } else {
            String direction = TABLE_I_DIRECTION.get(code.text());
            keep = kind != TableKind.NON_DERIVATIVE_TRANSACTION || direction == null || read == null
                    || !Set.of("A", "D").contains(read) || direction.equals(read);
        }
        if (keep) {
            return alignment;
        }
        Map<Column, ColumnReading> readings = new EnumMap<>(alignment.readings());
        readings.remove(Column.TRANSACTION_CODE);
        return new Alignment(readings, alignment.unplaced(), alignment.cost());
    }

    private static final Map<String, String> TABLE_I_DIRECTION = Map.of("A", "A", "C", "A", "M", "A", "P", "A",
            "X", "A", "F", "D");

    private static final String SALE_NOTE = "read S from ";

    /**
     * A row read from several lines of a page: marks standing on a text's line, after it, with the values on
     * other lines ("Common Stock      (1)" over "05/02/2019  S  8,601 ..."), close that text; they are no
     * footnote-only value of the next column.
     */
    private static boolean closesTextOnItsLine(List<Atom> atoms, int from, int to) {
        if (from == 0 || to >= atoms.size()) {
            return false;
        }
        Atom text = atoms.get(from - 1);
        int line = atoms.get(from).position().line();
        return text.kind() == Atom.Kind.TEXT && text.position().line() == line
                && atoms.get(to - 1).position().line() == line && atoms.get(to).position().line() != line;
    }

    private enum Move { EMPTY_COLUMN, SKIP_ATOM, FILL }

    private static int encode(Move move, int size) {
        return move.ordinal() | (size << 4);
    }

    private static void relax(double[][] cost, int[][] back, int i, int j, double value, int move) {
        if (value < cost[i][j] - 1e-9) {
            cost[i][j] = value;
            back[i][j] = move;
        }
    }

    private static Alignment reconstruct(List<Atom> atoms, List<Column> columns, double[][] cost, int[][] back) {
        int i = atoms.size();
        int j = columns.size();
        List<int[]> steps = new ArrayList<>(); // {move, end atom, end column, size}, collected backwards
        while (i > 0 || j > 0) {
            int code = back[i][j];
            Move move = Move.values()[code & 0xF];
            int size = code >> 4;
            steps.add(new int[] {move.ordinal(), i, j, size});
            switch (move) {
                case EMPTY_COLUMN -> j--;
                case SKIP_ATOM -> i--;
                case FILL -> {
                    i -= size;
                    j--;
                }
            }
        }
        Collections.reverse(steps);
        Map<Column, ColumnReading> readings = new EnumMap<>(Column.class);
        Map<Column, List<Atom>> fragments = new EnumMap<>(Column.class);
        List<Atom> unplaced = new ArrayList<>();
        Column last = null;
        int lastEnd = -1; // where the last filled column's atoms end
        for (int[] step : steps) {
            Move move = Move.values()[step[0]];
            if (move == Move.FILL) {
                Column column = columns.get(step[2] - 1);
                List<Atom> taken = atoms.subList(step[1] - step[3], step[1]);
                Group group = Group.of(taken, column, step[1] < atoms.size() ? atoms.get(step[1]) : null).orElseThrow();
                // a mark whose number is unreadable stays beside its value as evidence for the repairs
                List<Atom> unreadable = new ArrayList<>(group.marks);
                taken.stream().filter(Atom::isUnreadableMark).forEach(unreadable::add);
                readings.put(column, unreadable.isEmpty() ? group.reading(column) : group.reading(column).withFragments(unreadable));
                last = column;
                lastEnd = step[1];
            } else if (move == Move.SKIP_ATOM) {
                Atom skipped = atoms.get(step[1] - 1);
                if (skipped.isUnreadableMark() && lastEnd != step[1] - 1) {
                    unplaced.add(skipped); // the mark of an amount set aside, not of the last column's value
                } else if (last != null && skipped.kind() == Atom.Kind.FOOTNOTE && !skipped.isUnreadableMark()) {
                    readings.put(last, readings.get(last).withFootnote(skipped.footnote()));
                } else if (last != null) {
                    fragments.computeIfAbsent(last, c -> new ArrayList<>()).add(skipped);
                } else {
                    unplaced.add(skipped);
                }
            }
        }
        fragments.forEach((column, set) -> readings.put(column, readings.get(column).withFragments(set)));
        return new Alignment(readings, unplaced, cost[atoms.size()][columns.size()]);
    }

    private static double skipCost(List<Atom> atoms, int i) {
        Atom atom = atoms.get(i);
        return switch (atom.kind()) {
            case FOOTNOTE -> atom.attached() ? 0 : 0.05;
            case TEXT -> 0.8;
            case LETTER -> 0.9;
            case NUMBER -> looksLikeFragment(atom) ? 0.3 : 1.0;
            case DATE, PRICE -> 1.0;
        };
    }

    private static boolean looksLikeFragment(Atom atom) {
        String t = atom.text();
        return t.startsWith(",") || t.startsWith(".") || !NumberText.isWellFormed(t) || t.length() <= 1;
    }

    /**
     * What a D read as Table I's transaction code costs over its fill: more than the code's bonus, so that a D
     * standing where either the code or the A/D flag may (right before the price, the amount not read: "Common
     * Stock 12/16/2021 sO) 5,904% | D | $967.448") is the flag. None of the corpus' 2,048 Table I transactions
     * has the code D; 1,725 have the flag D. A D code with its amount and flag after it still reads.
     */
    private static final double TABLE_I_CODE_D = 0.3;

    private static boolean isTableICodeD(Group group, Column column, TableKind kind) {
        return column == Column.TRANSACTION_CODE && kind == TableKind.NON_DERIVATIVE_TRANSACTION
                && group.kind == Atom.Kind.LETTER && "D".equals(group.text);
    }

    private static double requiredBonus(Column column) {
        return switch (column) {
            case TRANSACTION_DATE, TRANSACTION_CODE -> -0.2;
            case TRANSACTION_SHARES, ACQUIRED_SHARES, DISPOSED_SHARES -> -0.1;
            default -> 0;
        };
    }

    private static double positionPenalty(Group group, Column column, Map<Column, Integer> hints) {
        Integer hint = hints.get(column);
        if (hint == null || group.mainCell < 0) {
            return 0;
        }
        return 0.06 * Math.min(Math.abs(hint - group.mainCell), 4);
    }

    /** A candidate filling of one column by consecutive atoms. */
    private static final class Group {
        private String text;
        private final List<Atom> textPieces;
        final Atom.Kind kind;
        final List<Integer> footnotes;
        final Atom first;
        final int mainCell;
        final String joinNote;
        final double cost;
        /** Marks read beside the value whose number is unreadable ({@link Atom#unreadableMark}), outside the atoms. */
        List<Atom> marks = List.of();

        private Group(String text, Atom.Kind kind, List<Integer> footnotes, Atom first, int mainCell,
                      String joinNote, double cost) {
            this(text, List.of(), kind, footnotes, first, mainCell, joinNote, cost);
        }

        private Group(String text, List<Atom> textPieces, Atom.Kind kind, List<Integer> footnotes, Atom first, int mainCell,
                      String joinNote, double cost) {
            this.textPieces = textPieces;
            this.text = text;
            this.kind = kind;
            this.footnotes = footnotes;
            this.first = first;
            this.mainCell = mainCell;
            this.joinNote = joinNote;
            this.cost = cost;
        }

        ColumnReading reading(Column column) {
            if (text == null && !textPieces.isEmpty()) {
                String joined = null;
                for (Atom piece : textPieces) {
                    // a price ending the text reads with its sign: "par value $0.001"
                    joined = joined == null ? piece.text() : TextJoin.join(joined, piece.toString());
                }
                text = joined;
            }
            return new ColumnReading(column, text, kind, footnotes, first.position(), mainCell, joinNote, List.of());
        }

        /** {@code next}: the atom after the group, or null; a mark touching the value may close it from there. */
        static Optional<Group> of(List<Atom> atoms, Column column, Atom next) {
            Atom first = atoms.get(0);
            List<Integer> footnotes = new ArrayList<>();
            List<Atom> values = new ArrayList<>();
            boolean markerAfterValue = false;
            for (Atom atom : atoms) {
                if (atom.kind() != Atom.Kind.FOOTNOTE && markerAfterValue && column.accepts() != Column.Accepts.TEXT) {
                    // A marker closes its value: "\$69.3 | 5(3) | 87,290" is 69.35 and 87,290, never 587,290.
                    return Optional.empty();
                }
                if (atom.kind() == Atom.Kind.FOOTNOTE) {
                    markerAfterValue = !values.isEmpty();
                    if (!atom.isUnreadableMark() && !footnotes.contains(atom.footnote())) {
                        footnotes.add(atom.footnote());
                    }
                } else {
                    values.add(atom);
                }
            }
            if (values.isEmpty()) {
                // footnote-only value: only one marker group, only where the form allows a footnote for a value
                // "(7)(8)" is one footnote-only value: its first marker stands alone, the rest go with it.
                if (!acceptsFootnoteOnly(column) || first.attached()
                        || atoms.stream().anyMatch(a -> a.cell() != first.cell())) {
                    return Optional.empty();
                }
                return Optional.of(new Group(null, Atom.Kind.FOOTNOTE, footnotes, first, first.cell(), null,
                        FILL_FOOTNOTE_ONLY));
            }
            if (first.kind() == Atom.Kind.FOOTNOTE) {
                return Optional.empty(); // a marker before the value belongs to the column before
            }
            return switch (column.accepts()) {
                // a nature of ownership is never one form's misread letter alone ("Do", "i"): that is the form
                case TEXT -> column == Column.NATURE_OF_OWNERSHIP && misreadForm(values, footnotes).isPresent()
                        ? Optional.empty() : text(values, footnotes, first);
                case DATE -> single(values, footnotes, Atom.Kind.DATE, null);
                case CODE -> single(values, footnotes, Atom.Kind.LETTER, TRANSACTION_CODES)
                        .or(() -> misreadCode(values, footnotes, closedByMark(atoms, next)));
                case SWAP_FLAG -> single(values, footnotes, Atom.Kind.LETTER, Set.of("V"));
                case AD_FLAG -> values.size() == 2 ? bothFlags(values, footnotes)
                        : single(values, footnotes, Atom.Kind.LETTER, Set.of("A", "D"));
                case DI_FLAG -> single(values, footnotes, Atom.Kind.LETTER, Set.of("D", "I")).or(() -> misreadForm(values, footnotes));
                case NUMBER -> number(values, footnotes, false, column == Column.SHARES_OWNED_FOLLOWING);
                case PRICE -> number(values, footnotes, true, false);
            };
        }

        /** The value is followed, touching it, by an unreadable mark that begins with ')' (in the group or after it). */
        private static boolean closedByMark(List<Atom> atoms, Atom next) {
            Atom last = atoms.get(atoms.size() - 1);
            if (last.kind() != Atom.Kind.FOOTNOTE) {
                return next != null && isClosingMark(next);
            }
            return atoms.size() > 1 && isClosingMark(last) && atoms.get(atoms.size() - 2).kind() != Atom.Kind.FOOTNOTE;
        }

        private static boolean isClosingMark(Atom atom) {
            return atom.isUnreadableMark() && atom.attached() && atom.text().startsWith(")");
        }

        private static boolean acceptsFootnoteOnly(Column column) {
            return switch (column.accepts()) {
                // a date the ownershipDocument requires as a value (transactionDate) is never told by a footnote alone
                case DATE -> column.fills().xmlRule() != XmlRule.REQUIRED;
                case NUMBER, PRICE -> true;
                default -> column == Column.NATURE_OF_OWNERSHIP; // "I | (1)": the nature is told in the footnote
            };
        }

        private static Optional<Group> single(List<Atom> values, List<Integer> footnotes, Atom.Kind kind, Set<String> allowed) {
            if (values.size() != 1) {
                return Optional.empty();
            }
            Atom atom = values.get(0);
            if (atom.kind() != kind || (allowed != null && !allowed.contains(atom.text()))) {
                return Optional.empty();
            }
            return Optional.of(new Group(atom.text(), kind, footnotes, atom, atom.cell(), null, FILL));
        }

        /**
         * OCR's reading of a code with its superscript mark: lowercased or doubled ("s", "Ss", "Cc", "mM)"), the
         * mark gone to debris ("sO)", "s)", "jo", "JO)", "sD", "sf)": {@link #MARK_GLYPHS}). In the code's place, the first letter is the code; the
         * debris is no footnote mark that can be read (its digit, where one is left, is often another: "s6)" for
         * S(5)), so none is taken. Costs more than a code read clean; the note makes it a repair.
         */
        private static Optional<Group> misreadCode(List<Atom> values, List<Integer> footnotes, boolean closedByMark) {
            if (values.size() != 1 || values.get(0).kind() != Atom.Kind.TEXT) {
                return saleShape(values, footnotes, closedByMark);
            }
            Atom atom = values.get(0);
            Matcher m = OCR_CODE.matcher(atom.text());
            if (!m.matches()) {
                return saleShape(values, footnotes, closedByMark);
            }
            String code = m.group(1).toUpperCase(Locale.ROOT);
            String second = m.group(2);
            if (!TRANSACTION_CODES.contains(code) || second != null && !second.equalsIgnoreCase(code)
                    && MARK_GLYPHS.indexOf(second.charAt(0)) < 0) {
                return saleShape(values, footnotes, closedByMark);
            }
            if (!MISREAD_CODES.contains(code) || Character.isLowerCase(atom.text().charAt(0))
                    && CASE_ALIKE.indexOf(atom.text().charAt(0)) < 0) {
                // the column holds the glyph (no neighbour takes it), read as no valid code: null, with a diagnostic
                return saleShape(values, footnotes, closedByMark).or(() -> Optional.of(new Group(atom.text(), Atom.Kind.LETTER,
                        footnotes, atom, atom.cell(), null, FILL + MISREAD)));
            }
            Group group = new Group(code, Atom.Kind.LETTER, footnotes, atom, atom.cell(),
                    "read '" + atom.text() + "' where the code stands: the code " + code
                            + " as OCR reads it with its mark (lowercased or doubled, the mark unreadable)", FILL + MISREAD);
            String debris = atom.text().substring(1);
            if (second != null && second.equalsIgnoreCase(code)) {
                debris = debris.substring(1);
            }
            if (!debris.isEmpty()) {
                // "sO)", "s©", "J)": debris of a mark after the letter; a doubled or lowercased letter alone ("Ss",
                // "c") has none (in the converters' OCR such codes mostly carry no footnote)
                group.marks = List.of(Atom.unreadableMark(debris, atom.cell(), new SourcePosition(atom.position().line(),
                        atom.position().column() + atom.text().length() - debris.length())));
            }
            return Optional.of(group);
        }

        /**
         * An S as OCR misreads it with its mark ({@link #SALE_SHAPE}, {@link #SALE_DIGITS}): the digit 3, 5 or 8
         * alone ("3", "8)": the mark's ')' is an unreadable mark of its own) or with the mark's digit ("52)"), or s
         * with debris. Read S, costlier than a clean code, and
         * kept by {@link #confirmDirection} only beside a D flag; the debris is no readable footnote mark.
         */
        private static Optional<Group> saleShape(List<Atom> values, List<Integer> footnotes, boolean closedByMark) {
            if (values.size() != 1) {
                return Optional.empty();
            }
            Atom atom = values.get(0);
            // two digits only where the mark's ')' closes them: "52)" is S(2), a bare "52" a number
            boolean digit = atom.kind() == Atom.Kind.NUMBER && SALE_DIGITS.matcher(atom.text()).matches()
                    && (atom.text().length() == 1 || closedByMark);
            if (!digit && (atom.kind() != Atom.Kind.TEXT || !SALE_SHAPE.matcher(atom.text()).matches())) {
                return Optional.empty();
            }
            return Optional.of(new Group("S", Atom.Kind.LETTER, footnotes, atom, atom.cell(),
                    SALE_NOTE + "'" + atom.text() + "' where the code stands: OCR's shape of an S (S read as 3, 5, 8 or s,"
                            + " its mark's debris after it), a sale beside the row's D flag", FILL + MISREAD));
        }

        /**
         * The ownership form as OCR misreads it where the D/I column stands: an I read as the digit 1 or as a
         * lowercase i or l ("59,811 1", "100 i"): of the two forms only I has that thin shape; a D with its mark's
         * round debris touching it ("Do", "De", {@link #MARK_GLYPHS}). Costs more than a clean flag; the note
         * makes it a repair.
         */
        private static Optional<Group> misreadForm(List<Atom> values, List<Integer> footnotes) {
            if (values.size() != 1) {
                return Optional.empty();
            }
            Atom atom = values.get(0);
            String text = atom.text();
            String form;
            if (atom.kind() == Atom.Kind.NUMBER && "1".equals(text) || atom.kind() == Atom.Kind.TEXT
                    && ("i".equals(text) || "l".equals(text))) {
                form = "I";
            } else if (atom.kind() == Atom.Kind.TEXT && text.length() == 2 && text.charAt(0) == 'D'
                    && "oe".indexOf(text.charAt(1)) >= 0) {
                form = "D";
            } else {
                return Optional.empty();
            }
            return Optional.of(new Group(form, Atom.Kind.LETTER, footnotes, atom, atom.cell(),
                    "read '" + text + "' where the ownership form stands: the form " + form + " as OCR reads it ("
                            + (form.equals("I") ? "I taken for 1, i or l" : "D with its mark's debris") + ")",
                    FILL + MISREAD));
        }

        /**
         * "A,D" in one cell: both boxes printed. The column holds it (so neither letter is taken for another
         * column), and the reader leaves the value null as ambiguous.
         */
        private static Optional<Group> bothFlags(List<Atom> values, List<Integer> footnotes) {
            Atom a = values.get(0);
            Atom d = values.get(1);
            if (a.kind() != Atom.Kind.LETTER || d.kind() != Atom.Kind.LETTER || a.cell() != d.cell()
                    || !Set.of(a.text(), d.text()).equals(Set.of("A", "D"))) {
                return Optional.empty();
            }
            return Optional.of(new Group(a.text() + "," + d.text(), Atom.Kind.LETTER, footnotes, a, a.cell(), null, FILL));
        }

        private static Optional<Group> text(List<Atom> values, List<Integer> footnotes, Atom first) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).kind() != Atom.Kind.TEXT && !endsTextBefore(values, i)) {
                    return Optional.empty();
                }
            }
            // Joined only when read: the aligner prices many groups and keeps few.
            String text = values.size() == 1 ? first.text() : null;
            return Optional.of(new Group(text, values, Atom.Kind.TEXT, footnotes, first, first.cell(),
                    values.size() > 1 ? "text continued over " + values.size() + " cells" : null,
                    FILL + 0.05 * (values.size() - 1)));
        }

        /**
         * A date or price that ends its cell right after the text before it ("par value \$0.001" | date): the
         * text's last words (or, where the cell was split, words the next cells go on with), when the aligner
         * finds no column it fits better. A title is text up to the first value
         * that fits the next column: in Table I the price column comes after the date, the code and the amount.
         */
        private static boolean endsTextBefore(List<Atom> values, int i) {
            Atom atom = values.get(i);
            // after it only the text's further words, in the next cells ("... \$0.0001 | par value": a cell split)
            boolean textAfter = values.subList(i + 1, values.size()).stream().allMatch(a -> a.kind() == Atom.Kind.TEXT);
            return atom.endsText() && textAfter && i > 0 && values.get(i - 1).kind() == Atom.Kind.TEXT
                    && values.get(i - 1).cell() == atom.cell();
        }

        /**
         * Numbers: pieces joined left to right. In a price column the first piece may be a price ("\$84.62");
         * a plain number there costs a little more (the '$' was lost). In the following-shares column a price
         * is a value owned following the transaction.
         */
        private static Optional<Group> number(List<Atom> values, List<Integer> footnotes, boolean priceColumn,
                                              boolean valueAllowed) {
            if (values.size() > 3) {
                return Optional.empty();
            }
            Atom first = values.get(0);
            double cost = FILL;
            Atom.Kind kind = Atom.Kind.NUMBER;
            if (first.kind() == Atom.Kind.PRICE) {
                if (!priceColumn && !valueAllowed) {
                    return Optional.empty();
                }
                kind = Atom.Kind.PRICE;
            } else if (first.kind() != Atom.Kind.NUMBER) {
                return Optional.empty();
            } else if (priceColumn) {
                // A price that lost its '$' still has its cents; a bare "70" is a piece of something else.
                if (!first.text().contains(".")) {
                    return Optional.empty();
                }
                cost += 0.3;
            }
            String text = first.text();
            Atom main = first;
            List<String> notes = new ArrayList<>();
            for (int i = 1; i < values.size(); i++) {
                Atom next = values.get(i);
                if (next.kind() != Atom.Kind.NUMBER) {
                    return Optional.empty();
                }
                Optional<NumberText.Join> join = NumberText.join(text, next.text());
                if (join.isEmpty()) {
                    return Optional.empty();
                }
                // The column is where the value stands: for a value cut in two, its first piece; for a piece read
                // twice, the whole value ("60,56 | 60,566" stands where 60,566 does).
                if (!join.get().rebuilt() && next.text().length() > main.text().length()) {
                    main = next;
                }
                text = join.get().text();
                if (join.get().rebuilt()) {
                    notes.add(join.get().how());
                }
                cost += join.get().cost();
            }
            if (!NumberText.isWellFormed(text)) {
                cost += 0.2; // damaged: kept as evidence, read as null
            }
            return Optional.of(new Group(text, kind, footnotes, first, main.cell(),
                    notes.isEmpty() ? null : String.join("; ", notes), cost));
        }
    }
}
