package dev.form4.corpus;

import dev.form4.edgar.EdgarXmlReader;
import dev.form4.model.Footnote;
import dev.form4.model.Form4;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a corpus filing has that a converter may handle badly: several owners, Table II rows, holdings, remarks,
 * long footnotes, many rows, the 2023 layout with the Rule 10b5-1 box. The converter selection spreads its
 * picks over these.
 */
record FilingShape(String file, int owners, int table1Transactions, int table1Holdings, int table2Transactions,
                   int table2Holdings, boolean remarks, int longestFootnote, boolean rule10b5One) {

    /** A footnote this long wraps over several lines in every converter's output. */
    static final int LONG_FOOTNOTE = 400;
    static final int MANY_ROWS = 15;

    /** {@code file} is the path under the corpus folder, e.g. {@code GOOG/form4.xml}. */
    static FilingShape of(Path corpus, String file) {
        Form4 form = EdgarXmlReader.read(corpus.resolve(file));
        return new FilingShape(file, form.reportingOwners().size(),
                form.nonDerivativeTable().transactions().size(), form.nonDerivativeTable().holdings().size(),
                form.derivativeTable().transactions().size(), form.derivativeTable().holdings().size(),
                form.remarks().value() != null && !form.remarks().value().isBlank(),
                form.footnotes().stream().map(Footnote::text).mapToInt(String::length).max().orElse(0),
                form.aff10b5One().isPresent());
    }

    String ticker() {
        return file.substring(0, file.indexOf('/'));
    }

    int rows() {
        return table1Transactions + table1Holdings + table2Transactions + table2Holdings;
    }

    Set<String> features() {
        Set<String> f = new LinkedHashSet<>();
        if (owners > 1) {
            f.add("joint");
        }
        if (table2Transactions > 0) {
            f.add("table2");
        }
        if (table2Holdings > 0) {
            f.add("table2-holdings");
        }
        if (table1Holdings > 0) {
            f.add("holdings");
        }
        if (remarks) {
            f.add("remarks");
        }
        if (longestFootnote >= LONG_FOOTNOTE) {
            f.add("long-footnotes");
        }
        if (rows() >= MANY_ROWS) {
            f.add("many-rows");
        }
        if (rule10b5One) {
            f.add("rule-10b5-1");
        }
        return f;
    }
}
