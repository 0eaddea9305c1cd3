package dev.form4.layout;

import java.util.List;

/**
 * The document's layout as the grammar saw it, before any Form 4 meaning is given to it.
 *
 * @param preamble     headings, lines and tables before "Explanation of Responses" (header block, Tables I and II)
 * @param footnotes    the numbered entries of Explanation of Responses
 * @param looseBlocks  lines and tables among the footnotes: values of rows that fell out of their table
 * @param remarks      the lines under "Remarks:"
 * @param signatures   the signature block's lines ("/s/ ...", dates, captions)
 * @param boilerplate  "Reminder:" and the printed instructions after it
 */
public record FormLayout(
        List<Block> preamble,
        List<FootnoteEntry> footnotes,
        List<Block> looseBlocks,
        List<Line> remarks,
        List<Line> signatures,
        List<Line> boilerplate) {

    public FormLayout {
        preamble = List.copyOf(preamble);
        footnotes = List.copyOf(footnotes);
        looseBlocks = List.copyOf(looseBlocks);
        remarks = List.copyOf(remarks);
        signatures = List.copyOf(signatures);
        boilerplate = List.copyOf(boilerplate);
    }
}
