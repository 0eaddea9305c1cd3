package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;

import java.nio.file.Path;

/** Prints a damaged rendering: {@code DamageMain FILING.xml LEVEL SEED}. A development aid. */
public final class DamageMain {
    private DamageMain() {
    }

    public static void main(String[] args) {
        System.out.print(DamageModel.render(EdgarXmlReader.read(Path.of(args[0])), Integer.parseInt(args[1]),
                Long.parseLong(args[2])));
    }
}
