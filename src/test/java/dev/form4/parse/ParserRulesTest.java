package dev.form4.parse;

import dev.form4.grammar.Form4Lexer;
import dev.form4.grammar.Form4Parser;
import dev.form4.model.Diagnostic;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One small input per rule, asserting the tree it builds (LISP form, as TestRig -tree prints it). */
class ParserRulesTest {

    private static String tree(String input, Function<Form4Parser, ParserRuleContext> rule) {
        Form4Parser parser = new Form4Parser(new CommonTokenStream(new Form4Lexer(CharStreams.fromString(input))));
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
    void separatorRow() {
        assertEquals("(tableRow (separatorRow | --- | -- | \\n))", tree("|---|--|\n", Form4Parser::tableRow));
    }

    @Test
    void contentRowWithTypedCells() {
        assertEquals("(contentRow | (cell (cellItem (inlineItem (value M))) (cellItem (inlineItem (markup <sup>)))"
                        + " (cellItem (inlineItem (footnoteRef (1)))) (cellItem (inlineItem (markup </sup>))))"
                        + " | (cell (cellItem (inlineItem (value 60,566)))) | cell \\n)",
                tree("| M <sup>(1)</sup> | 60,566 |\n", Form4Parser::contentRow));
    }

    @Test
    void emptyCellsAreCells() {
        assertEquals("(contentRow | cell | cell | (cell (cellItem (inlineItem (value 11/07/2019)))) | cell \\n)",
                tree("|  |   | 11/07/2019 |\n", Form4Parser::contentRow));
    }

    @Test
    void headingNeverStartsWithAnAnchor() {
        assertEquals("(heading ## (lineStart (inlineItem (text FORM))) (lineItem (inlineItem (value 4))) \\n)",
                tree("## FORM 4\n", Form4Parser::heading));
        assertEquals("(remarksHeading ### Remarks: \\n)", tree("### Remarks:\n", Form4Parser::remarksHeading));
    }

    @Test
    void footnoteItemsPlainBulletedAndAsFormula() {
        assertEquals("(footnoteItem 9. (lineItem (inlineItem (text The))) (lineItem (inlineItem (text option))) \\n)",
                tree("9. The option\n", Form4Parser::footnoteItem));
        assertEquals("(footnoteItem - 3. (lineItem (inlineItem (text Price))) \\n)", tree("- 3. Price\n", Form4Parser::footnoteItem));
        assertEquals("(footnoteItem $ 1. (mathItem The) (mathItem \\ ) (mathItem sale) $ \\n)",
                tree("$1. The \\ sale$\n", Form4Parser::footnoteItem));
    }

    @Test
    void explanationSectionHoldsFootnotesAndLooseLines() {
        String tree = tree("### **Explanation of Responses:**\n\n\\$26.86\n\n1. Text\n", Form4Parser::explanationSection);
        assertTrue(tree.startsWith("(explanationSection (explanationHeading ### **Explanation of Responses:** \\n)"), tree);
        assertTrue(tree.contains("(explanationItem (textLine (lineStart (inlineItem (value \\$26.86))) \\n))"), tree);
        assertTrue(tree.contains("(explanationItem (footnoteItem 1. (lineItem (inlineItem (text Text))) \\n))"), tree);
    }

    @Test
    void signatureSection() {
        String tree = tree("/s/ Jane Doe\n\n11/12/2019\n\n\\*\\* Signature of Reporting Person\n\nDate\n", Form4Parser::signatureSection);
        assertTrue(tree.startsWith("(signatureSection (signatureLine /s/ (lineItem (inlineItem (text Jane)))"), tree);
        assertTrue(tree.contains("(signatureItem (signatureCaption \\*\\* Signature of Reporting Person \\n))"), tree);
        assertTrue(tree.contains("(signatureItem (textLine (lineStart (inlineItem (value 11/12/2019))) \\n))"), tree);
    }

    @Test
    void documentSectionsInAnyOrder() {
        String tree = tree("## FORM 4\n### Remarks:\nnone\n### **Explanation of Responses:**\n1. x\nReminder: y\n", Form4Parser::document);
        assertTrue(tree.contains("(section (remarksSection"), tree);
        assertTrue(tree.contains("(section (explanationSection"), tree);
        assertTrue(tree.contains("(section (closingBoilerplate Reminder:"), tree);
    }

    @Test
    void theSeedParsesWithoutSyntaxErrorsInTheFastStage() {
        ParsedDocument parsed = new DocumentParser().parse("seed", dev.form4.TestInputs.seed());
        assertFalse(parsed.usedFullLl(), "SLL stage should accept the seed");
        assertTrue(parsed.syntaxDiagnostics().isEmpty());
    }

    @Test
    void aSyntaxErrorIsADiagnosticWithAPlaceAndTheSameTreeShapeAsLl() {
        // A signature caption inside a pipe row's place at the start of the document is fine; an anchor phrase
        // in the middle of a heading's first position is not a heading: "### /s/" opens a signature after "#".
        ParsedDocument parsed = new DocumentParser().parse("bad", "## FORM 4\n| a |\n### /s/ x\n");
        assertTrue(parsed.usedFullLl());
        Diagnostic first = parsed.syntaxDiagnostics().get(0);
        assertEquals(Diagnostic.Kind.SYNTAX, first.kind());
        assertEquals(3, first.position().line());
        assertTrue(first.message().startsWith("unexpected '/s/'"), first.message());
        assertTrue(first.message().contains("expected"), first.message());
    }
}
