/*
 * The vocabulary of the form grammar: one token per row of the document, named for what the row looks like.
 *
 * In the extractor the tokens come from dev.form4.parse.RowTokenSource, which classifies the rows that an
 * input front-end (Markdown, HTML, layout text, OCR text) read. This lexer reads the same tokens back from
 * their printed form, one per line as `form4 tokens FILE` prints them ("DATA_ROW 33:1 Common Stock | ..."),
 * so that the ANTLR Interpreter can run Form4Parser.g4 without generated code:
 *
 *   form4 tokens FILE > rows.txt
 *   java -cp form4-extractor.jar org.antlr.v4.gui.Interpreter Form4Parser.g4 Form4RowLexer.g4 document -tree rows.txt
 *
 * The order of the rules is the order of the token types; RowClass in dev.form4.parse names the same set.
 */
lexer grammar Form4RowLexer;

/** "FORM 4", "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP", the OMB box: the form's own title block. */
FORM_TITLE          : 'FORM_TITLE' REST ;
/** A row that holds box 1's caption, "1. Name and Address of Reporting Person". */
OWNER_CAPTION       : 'OWNER_CAPTION' REST ;
/** A row that holds box 2's caption, "2. Issuer Name and Ticker or Trading Symbol" (and not box 1's). */
ISSUER_CAPTION      : 'ISSUER_CAPTION' REST ;
/** A row that holds another caption of the header: boxes 3 to 6, (Street), (City), checkbox labels. */
BOX_CAPTION         : 'BOX_CAPTION' REST ;
TABLE_ONE_TITLE     : 'TABLE_ONE_TITLE' REST ;
TABLE_TWO_TITLE     : 'TABLE_TWO_TITLE' REST ;
/** A table title cut so far that it does not say which table ("Table", "- | Table | ..."). */
TABLE_TITLE         : 'TABLE_TITLE' REST ;
/** Column captions of either table ("1. Title of Security (Instr. 3)", "Code V Amount (A) or (D) Price"). */
COLUMN_CAPTION      : 'COLUMN_CAPTION' REST ;
/** Column captions that only Table II has ("Title of Derivative Security", "Date Exercisable"). */
DERIVATIVE_CAPTION  : 'DERIVATIVE_CAPTION' REST ;
/** A row that carries values: a date, or numbers and codes, with or without a title. */
DATA_ROW            : 'DATA_ROW' REST ;
/** A line that holds a single value or two ("11/11/2019", "\$26.86", "(9)"). */
LOOSE_VALUE         : 'LOOSE_VALUE' REST ;
EXPLANATION_HEADING : 'EXPLANATION_HEADING' REST ;
/** "1. The sale price ...": a numbered note. */
FOOTNOTE            : 'FOOTNOTE' REST ;
/** A line of prose right under a note or another continuation, without a blank line between. */
CONTINUATION        : 'CONTINUATION' REST ;
REMARKS_HEADING     : 'REMARKS_HEADING' REST ;
/** "/s/ name ...". */
SIGNATURE           : 'SIGNATURE' REST ;
/** "** Signature of Reporting Person", "Date". */
SIGNATURE_CAPTION   : 'SIGNATURE_CAPTION' REST ;
/** "Reminder: ...", "Persons who respond ...": the printed instructions. */
BOILERPLATE         : 'BOILERPLATE' REST ;
TEXT                : 'TEXT' REST ;

NEWLINE             : '\r'? '\n' -> skip ;
/** Anything else in a token listing (a blank line, a stray character) is not a row. */
OTHER               : . -> skip ;

fragment REST       : ( [ \t] ~[\r\n]* )? ;
