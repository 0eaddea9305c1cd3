package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;

import java.nio.file.Path;

/** Prints the level-0 rendering of one filing: {@code RenderMain FILING.xml}. A development aid. */
public final class RenderMain {
    private RenderMain() {
    }

    public static void main(String[] args) {
        System.out.print(MarkdownRenderer.render(EdgarXmlReader.read(Path.of(args[0]))));
    }
}
