package dev.form4.parse;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The form grammar rule by rule, over row tokens written as `form4 tokens` prints them (read back by
 * Form4RowLexer, as the ANTLR Interpreter does): each test asserts the tree (LISP form, as TestRig -tree prints
 * it) that a short sequence of rows builds.
 */
class FormGrammarRulesTest {

    private static String tree(String rows, Function<Form4Parser, ParserRuleContext> rule) {
        Form4Parser parser = new Form4Parser(new CommonTokenStream(new Form4RowLexer(CharStreams.fromString(rows))));
        parser.removeErrorListeners();
        parser.addErrorListener(new org.antlr.v4.runtime.BaseErrorListener() {
            @Override
            public void syntaxError(org.antlr.v4.runtime.Recognizer<?, ?> r, Object o, int l, int c, String msg,
                                    org.antlr.v4.runtime.RecognitionException e) {
                throw new AssertionError("syntax error at " + l + ":" + c + ": " + msg);
            }
        });
        return rule.apply(parser).toStringTree(parser);
    }

    @Test
    void theHeaderStartsAtABoxCaptionAndTakesTheGridsValues() {
        assertEquals("(header (headerStart (ownerBox OWNER_CAPTION 1:1 Name)) (headerRow (boxValues TEXT 2:1 Doe))"
                        + " (headerRow (issuerBox ISSUER_CAPTION 3:1 Issuer)) (headerRow (boxValues DATA_ROW 4:1 X [ X ]))"
                        + " (headerRow (boxCaption BOX_CAPTION 5:1 (Street))))",
                tree("OWNER_CAPTION 1:1 Name\nTEXT 2:1 Doe\nISSUER_CAPTION 3:1 Issuer\nDATA_ROW 4:1 X [ X ]\nBOX_CAPTION 5:1 (Street)\n",
                        Form4Parser::header));
    }

    @Test
    void aTableIsItsTitleCaptionsAndRows() {
        assertEquals("(tableOne (tableOneTitle TABLE_ONE_TITLE t) (tableOneLine (columnCaption COLUMN_CAPTION c))"
                        + " (tableOneLine (tableRow DATA_ROW r)) (tableOneLine (tableRow TEXT buy))))",
                tree("TABLE_ONE_TITLE t\nCOLUMN_CAPTION c\nDATA_ROW r\nTEXT buy)\n", Form4Parser::tableOne));
    }

    @Test
    void aTableWhoseTitleWasLostStartsAtItsCaptions() {
        assertEquals("(tableOne (columnCaption COLUMN_CAPTION c) (tableOneLine (tableRow DATA_ROW r)))",
                tree("COLUMN_CAPTION c\nDATA_ROW r\n", Form4Parser::tableOne));
        assertEquals("(tableTwo (derivativeCaption DERIVATIVE_CAPTION d) (tableTwoLine (tableRow DATA_ROW r)))",
                tree("DERIVATIVE_CAPTION d\nDATA_ROW r\n", Form4Parser::tableTwo));
    }

    @Test
    void aTitleCutToTableOpensTheNextTable() {
        String tree = tree("TABLE_ONE_TITLE t\nDATA_ROW r\nTABLE_TITLE Table\nDERIVATIVE_CAPTION d\nDATA_ROW s\n",
                Form4Parser::document);
        assertTrue(tree.contains("(tableTwo (tableTwoTitle TABLE_TITLE Table) (tableTwoLine (derivativeCaption DERIVATIVE_CAPTION d))"), tree);
    }

    @Test
    void notesHoldFootnotesTheirContinuationsAndLooseValues() {
        assertEquals("(notes (explanationHeading EXPLANATION_HEADING e) (noteLine (looseValue LOOSE_VALUE $26.86))"
                        + " (noteLine (strayText TEXT Stock Option)) (noteLine (footnote FOOTNOTE 1. text CONTINUATION more)))",
                tree("EXPLANATION_HEADING e\nLOOSE_VALUE $26.86\nTEXT Stock Option\nFOOTNOTE 1. text\nCONTINUATION more\n",
                        Form4Parser::notes));
    }

    @Test
    void notesWhoseHeadingWasLostStartAtTheFirstNote() {
        assertEquals("(notes (footnote FOOTNOTE 1. a) (noteLine (footnote FOOTNOTE 2. b)))",
                tree("FOOTNOTE 1. a\nFOOTNOTE 2. b\n", Form4Parser::notes));
    }

    @Test
    void furtherOwnersFollowTheTables() {
        String tree = tree("OWNER_CAPTION a\nTABLE_ONE_TITLE t\nDATA_ROW r\nOWNER_CAPTION b\nTEXT Roe\nBOX_CAPTION (City)\n"
                + "EXPLANATION_HEADING e\n", Form4Parser::document);
        assertTrue(tree.contains("(laterOwners (ownerBox OWNER_CAPTION b) (laterOwnerRow (boxValues TEXT Roe))"
                + " (laterOwnerRow (boxCaption BOX_CAPTION (City))))"), tree);
    }

    @Test
    void remarksSignaturesAndInstructionsCloseTheForm() {
        String tree = tree("REMARKS_HEADING Remarks:\nTEXT none\nSIGNATURE /s/ x\nLOOSE_VALUE 11/12/2019\n"
                + "SIGNATURE_CAPTION ** Signature\nBOILERPLATE Reminder:\nTEXT y\n", Form4Parser::document);
        assertTrue(tree.contains("(remarks (remarksHeading REMARKS_HEADING Remarks:) (remarkLine TEXT none))"), tree);
        assertTrue(tree.contains("(signatures (signatureLine SIGNATURE /s/ x) (signatureItem LOOSE_VALUE 11/12/2019)"
                + " (signatureItem (signatureLine SIGNATURE_CAPTION ** Signature)))"), tree);
        assertTrue(tree.contains("(closing BOILERPLATE Reminder: (closingLine TEXT y))"), tree);
    }

    @Test
    void theHeaderCaptionsAmongATablesRowsAreSetAside() {
        assertEquals("(tableOne (tableOneTitle TABLE_ONE_TITLE t) (tableOneLine (strayCaption FORM_TITLE SEC Form 4))"
                        + " (tableOneLine (tableRow DATA_ROW r)))",
                tree("TABLE_ONE_TITLE t\nFORM_TITLE SEC Form 4\nDATA_ROW r\n", Form4Parser::tableOne));
    }
}
