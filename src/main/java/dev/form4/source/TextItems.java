package dev.form4.source;

import dev.form4.model.SourcePosition;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed items from text: one {@link MarkdownLexer} token to one {@link Item} (shared by the Markdown front-end,
 * which reads its tokens through the Markdown grammar), and whole plain texts (an HTML cell, a run of layout
 * text, an OCR line) typed by the same lexer with markup and formulas off, so a date or a price is the same
 * item whatever converter wrote it.
 */
public final class TextItems {

    private static final java.util.concurrent.atomic.AtomicLong LEXED = new java.util.concurrent.atomic.AtomicLong();

    /**
     * One plain-text lexer per thread, given each text in turn: the front-ends of HTML, layout and OCR text lex
     * every cell on its own, and a new lexer per cell (its simulator, mode stack, token factory pair) was a good
     * part of what they allocate. Markup and formulas off, no error listener (the lexer is total).
     */
    private static final ThreadLocal<MarkdownLexer> PLAIN_LEXER = ThreadLocal.withInitial(() -> {
        MarkdownLexer lexer = new MarkdownLexer(null);
        lexer.markup = false;
        lexer.math = false;
        lexer.removeErrorListeners();
        return lexer;
    });

    private TextItems() {
    }

    /**
     * The item a value or text token stands for, or null for tokens that are only layout (tags, line ends,
     * formula delimiters, an escape of nothing).
     */
    public static Item of(Token t, boolean superscript, SourcePosition at) {
        String text = t.getText();
        return switch (t.getType()) {
            case MarkdownLexer.FOOTNOTE_REF, MarkdownLexer.MATH_SUP -> new Item(Item.Kind.FOOTNOTE, digits(text), at,
                    superscript || t.getType() == MarkdownLexer.MATH_SUP);
            case MarkdownLexer.DATE -> new Item(Item.Kind.DATE, text, at, superscript);
            case MarkdownLexer.PRICE -> new Item(Item.Kind.PRICE, text, at, superscript);
            case MarkdownLexer.NUMBER, MarkdownLexer.MATH_NUMBER -> superscript && isFootnoteNumber(text)
                    ? new Item(Item.Kind.FOOTNOTE, text, at, true)
                    : new Item(Item.Kind.NUMBER, text, at, superscript);
            case MarkdownLexer.ITEM_NUMBER, MarkdownLexer.MATH_ITEM_NUMBER -> new Item(Item.Kind.ITEM_NUMBER, text, at, superscript);
            case MarkdownLexer.WORD, MarkdownLexer.CODE_LETTER -> new Item(Item.Kind.WORD, text, at, superscript);
            case MarkdownLexer.MATH_TEXT -> new Item(hasLetter(text) ? Item.Kind.WORD : Item.Kind.PUNCT, text, at, superscript);
            case MarkdownLexer.ESCAPED, MarkdownLexer.MATH_ESCAPE -> {
                String unescaped = text.length() > 1 ? text.substring(1) : "";
                yield unescaped.isBlank() ? null : new Item(Item.Kind.PUNCT, unescaped, at, superscript);
            }
            case MarkdownLexer.ENTITY -> {
                String decoded = org.jsoup.parser.Parser.unescapeEntities(text, false);
                yield decoded.isBlank() ? null : new Item(hasLetter(decoded) ? Item.Kind.WORD : Item.Kind.PUNCT, decoded, at, superscript);
            }
            case MarkdownLexer.DASH, MarkdownLexer.DASHES, MarkdownLexer.COLON_DASHES -> new Item(Item.Kind.DASH, text, at, superscript);
            case MarkdownLexer.UNKNOWN -> new Item(Item.Kind.NOISE, text, at, superscript);
            case MarkdownLexer.PUNCT, MarkdownLexer.PIPE, MarkdownLexer.HASHES -> new Item(Item.Kind.PUNCT, text, at, superscript);
            default -> null; // tags, line ends, $ delimiters, EOF: layout only
        };
    }

    /**
     * The items of a plain text that starts at {@code start} and holds no line break; {@code superscript} marks
     * a text the source printed raised (an HTML {@code <sup>}).
     */
    public static List<Item> plain(String text, SourcePosition start, boolean superscript, ReadBudget budget) {
        List<Item> items = new ArrayList<>();
        if (text.isBlank()) {
            return items;
        }
        MarkdownLexer lexer = PLAIN_LEXER.get();
        lexer.setInputStream(TextCharStream.of(text, null)); // resets the lexer: mode, position, line
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            SourcePosition at = new SourcePosition(start.line(), start.column() + t.getCharPositionInLine());
            budget.token(at.line(), at.column());
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            Item item = of(t, superscript, at);
            if (item != null) {
                items.add(item);
            }
        }
        if (LEXED.incrementAndGet() % 4096 == 0) {
            DfaCacheGuard.afterUse(lexer); // the cache is shared by all lexers: checking now and then is enough
        }
        return items;
    }

    private static boolean isFootnoteNumber(String text) {
        return text.length() <= 2 && text.chars().allMatch(Character::isDigit);
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static String digits(String text) {
        StringBuilder sb = new StringBuilder(2);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }
}
