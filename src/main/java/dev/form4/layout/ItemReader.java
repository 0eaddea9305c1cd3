package dev.form4.layout;

import dev.form4.grammar.Form4Lexer;
import dev.form4.model.SourcePosition;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the typed items of a cell or line from its tokens. Kept flat on purpose: tags toggle a superscript flag
 * instead of nesting, so ten thousand nested &lt;sup&gt; cost ten thousand steps and no stack.
 */
final class ItemReader {

    private ItemReader() {
    }

    /** Items of the default-channel tokens from index {@code start} to {@code stop} inclusive. */
    static List<Item> read(TokenStream tokens, int start, int stop) {
        List<Item> items = new ArrayList<>();
        boolean superscript = false;
        for (int i = start; i <= stop && i >= 0; i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            SourcePosition at = new SourcePosition(t.getLine(), t.getCharPositionInLine() + 1);
            String text = t.getText();
            switch (t.getType()) {
                case Form4Lexer.SUP_OPEN -> superscript = true;
                case Form4Lexer.SUP_CLOSE -> superscript = false;
                case Form4Lexer.BR -> items.add(new Item(Item.Kind.BREAK, "", at, superscript));
                case Form4Lexer.BOLD_OPEN, Form4Lexer.BOLD_CLOSE, Form4Lexer.ITALIC_OPEN, Form4Lexer.ITALIC_CLOSE,
                     Form4Lexer.OTHER_TAG, Form4Lexer.NL, Form4Lexer.MATH_OPEN, Form4Lexer.MATH_CLOSE, Token.EOF -> {
                    // layout only
                }
                case Form4Lexer.FOOTNOTE_REF -> items.add(new Item(Item.Kind.FOOTNOTE, digits(text), at, superscript));
                case Form4Lexer.MATH_SUP -> items.add(new Item(Item.Kind.FOOTNOTE, digits(text), at, true));
                case Form4Lexer.DATE -> items.add(new Item(Item.Kind.DATE, text, at, superscript));
                case Form4Lexer.PRICE -> items.add(new Item(Item.Kind.PRICE, text, at, superscript));
                case Form4Lexer.NUMBER, Form4Lexer.MATH_NUMBER -> items.add(superscript && text.matches("\\d{1,2}")
                        ? new Item(Item.Kind.FOOTNOTE, text, at, true)
                        : new Item(Item.Kind.NUMBER, text, at, superscript));
                case Form4Lexer.ITEM_NUMBER, Form4Lexer.MATH_ITEM_NUMBER ->
                        items.add(new Item(Item.Kind.ITEM_NUMBER, text, at, superscript));
                case Form4Lexer.WORD, Form4Lexer.CODE_LETTER, Form4Lexer.EXPLANATION_HEADING, Form4Lexer.REMARKS_HEADING,
                     Form4Lexer.SIGNATURE_CAPTION, Form4Lexer.SIGNED, Form4Lexer.REMINDER ->
                        items.add(new Item(Item.Kind.WORD, text, at, superscript));
                case Form4Lexer.MATH_TEXT -> items.add(new Item(
                        text.codePoints().anyMatch(Character::isLetter) ? Item.Kind.WORD : Item.Kind.PUNCT, text, at, superscript));
                case Form4Lexer.ESCAPED, Form4Lexer.MATH_ESCAPE -> {
                    String unescaped = text.length() > 1 ? text.substring(1) : "";
                    if (!unescaped.isBlank()) {
                        items.add(new Item(Item.Kind.PUNCT, unescaped, at, superscript));
                    }
                }
                case Form4Lexer.DASH, Form4Lexer.DASHES, Form4Lexer.COLON_DASHES ->
                        items.add(new Item(Item.Kind.DASH, text, at, superscript));
                case Form4Lexer.UNKNOWN -> items.add(new Item(Item.Kind.NOISE, text, at, superscript));
                default -> items.add(new Item(Item.Kind.PUNCT, text, at, superscript)); // PUNCT, PIPE, HASHES
            }
        }
        return items;
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
