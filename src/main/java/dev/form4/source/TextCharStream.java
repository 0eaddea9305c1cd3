package dev.form4.source;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A lexer's input read straight from the String: {@link CharStreams#fromString} copies the text twice (into a
 * char buffer, then into a code point buffer) before the first token, and the front-ends lex every cell of a page
 * on its own. ANTLR's stream makes a code point of each surrogate pair and reads a lone surrogate as one of its
 * own, so without a pair a char is ANTLR's code point: indices, look-ahead and token texts are those of ANTLR's
 * stream (the same LA/consume/seek/getText contract). A text with a pair goes to ANTLR's stream.
 */
public final class TextCharStream implements CharStream {

    private final String text;
    private final String name;
    private int position;

    private TextCharStream(String text, String name) {
        this.text = text;
        this.name = name;
    }

    /** The stream of {@code text}; {@code sourceName} as ANTLR's streams name one (null or empty: unknown). */
    public static CharStream of(String text, String sourceName) {
        // a pair is one code point of two chars (for a Latin-1 string the count is its length, with no scan)
        boolean pairs = text.codePointCount(0, text.length()) != text.length();
        return pairs ? CharStreams.fromString(text, sourceName) : new TextCharStream(text, sourceName);
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int offset = position + i - 1;
            return offset < text.length() ? text.charAt(offset) : IntStream.EOF;
        }
        if (i < 0) {
            int offset = position + i;
            return offset >= 0 ? text.charAt(offset) : IntStream.EOF;
        }
        return 0; // undefined, as ANTLR's streams have it
    }

    @Override
    public void consume() {
        if (position == text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public int mark() {
        return -1; // the whole text is at hand: nothing to keep
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public void seek(int index) {
        position = index;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, text.length());
        int length = Math.min(interval.b - interval.a + 1, text.length() - start);
        return text.substring(start, start + length);
    }

    @Override
    public String getSourceName() {
        return name == null || name.isEmpty() ? IntStream.UNKNOWN_SOURCE_NAME : name;
    }

    @Override
    public String toString() {
        return text;
    }
}
