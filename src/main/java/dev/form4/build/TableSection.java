package dev.form4.build;

import dev.form4.layout.Row;

import java.util.List;

/** One of the form's two tables as found in the Markdown: its caption rows and its data rows. */
record TableSection(boolean derivative, List<Row> captions, List<Row> dataRows) {

    TableSection {
        captions = List.copyOf(captions);
        dataRows = List.copyOf(dataRows);
    }

    boolean isPresent() {
        return !captions.isEmpty() || !dataRows.isEmpty();
    }
}
