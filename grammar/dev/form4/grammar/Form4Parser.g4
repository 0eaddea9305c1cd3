/*
 * The layout of a Form 4 as Marker writes it, line by line. What tokens alone can decide is decided here:
 * sections (front matter with the form's tables, Explanation of Responses with its footnote list and the
 * loose lines that fell out of a table, Remarks, signatures, closing boilerplate), pipe-table rows and cells,
 * and the typed items inside a cell. Which row is a header row, a caption or a data row, and which column a
 * value belongs to, needs the whole form: the model builder (dev.form4.build) decides that from the values.
 *
 * Every rule is flat (no recursion), so nesting in the input ("<sup><sup>...") cannot deepen the parse stack.
 * Every line-level decision is made on the line's first tokens (LL(1) or LL(2)).
 */
parser grammar Form4Parser;

options { tokenVocab = Form4Lexer; }

document
    : preamble section* EOF
    ;

/** Everything before "Explanation of Responses": headings, OMB box, the header block and both tables. */
preamble
    : preambleBlock*
    ;

preambleBlock
    : heading
    | table
    | textLine
    | blankLine
    ;

section
    : explanationSection
    | remarksSection
    | signatureSection
    | closingBoilerplate
    ;

// ---- headings and lines --------------------------------------------------------------------------
/** A heading never begins with a section anchor: "### Remarks:" is a remarksHeading, not a heading. */
heading
    : HASHES (lineStart lineItem*)? (NL | EOF)
    ;

/** A line of prose, or a value that fell out of its table ("a loose line"). */
textLine
    : lineStart lineItem* (NL | EOF)
    ;

blankLine
    : NL
    ;

// A line ends at NL, or at the end of a file that has no final newline.

/** Any token that may begin a plain line: not a pipe (tables), a hash (headings) or a section anchor. */
lineStart
    : inlineItem
    | DASH
    | DASHES
    | COLON_DASHES
    ;

lineItem
    : inlineItem
    | PIPE
    | HASHES
    | DASH
    | DASHES
    | COLON_DASHES
    | anchorWord
    ;

/** Anchor phrases used inside running text ("see Remarks:") are just words there. */
anchorWord
    : EXPLANATION_HEADING
    | REMARKS_HEADING
    | SIGNATURE_CAPTION
    | SIGNED
    | REMINDER
    ;

// ---- pipe tables ---------------------------------------------------------------------------------
table
    : tableRow+
    ;

tableRow
    : separatorRow
    | contentRow
    ;

/** |-----|:---:|--| */
separatorRow
    : PIPE ((DASHES | COLON_DASHES | DASH) PIPE)+ (NL | EOF)
    ;

/** The cell after the last pipe is empty in well-formed rows; a row cut short simply ends at NL. */
contentRow
    : PIPE cell (PIPE cell)* (NL | EOF)
    ;

cell
    : cellItem*
    ;

cellItem
    : inlineItem
    | HASHES
    | DASH
    | DASHES
    | COLON_DASHES
    | anchorWord
    ;

// ---- inline items: what a cell or a line is made of ---------------------------------------------
inlineItem
    : value
    | footnoteRef
    | markup
    | math
    | text
    ;

value
    : DATE              # dateValue
    | PRICE             # priceValue
    | NUMBER            # numberValue
    | ITEM_NUMBER       # itemNumberValue
    | CODE_LETTER       # codeValue
    ;

/** (1) bare, or as <sup>(1)</sup>: the builder pairs <sup> tags; the grammar keeps them flat. */
footnoteRef
    : FOOTNOTE_REF
    ;

markup
    : SUP_OPEN
    | SUP_CLOSE
    | BOLD_OPEN
    | BOLD_CLOSE
    | ITALIC_OPEN
    | ITALIC_CLOSE
    | BR
    | OTHER_TAG
    ;

text
    : WORD              # wordText
    | PUNCT             # punctText
    | ESCAPED           # escapedText
    | UNKNOWN           # noiseText
    ;

/** $...$: Marker's formula wrapper. An unclosed one ends at the line end (the lexer pops the mode there). */
math
    : MATH_OPEN mathItem* MATH_CLOSE?
    ;

mathItem
    : MATH_ITEM_NUMBER
    | MATH_NUMBER
    | MATH_SUP
    | MATH_ESCAPE
    | MATH_TEXT
    ;

// ---- sections after the tables -------------------------------------------------------------------
/** The footnote list; values of a table row that fell out of its table are loose lines among them. */
explanationSection
    : explanationHeading explanationItem*
    ;

explanationHeading
    : HASHES? EXPLANATION_HEADING lineItem* (NL | EOF)
    ;

explanationItem
    : footnoteItem
    | table
    | textLine
    | heading
    | blankLine
    ;

/** "1. text", "- 3. text", or "$1. text$" when Marker took the line for a formula. */
footnoteItem
    : DASH? ITEM_NUMBER lineItem+ (NL | EOF)
    | DASH? MATH_OPEN MATH_ITEM_NUMBER mathItem+ MATH_CLOSE? lineItem* (NL | EOF)
    ;

remarksSection
    : remarksHeading remarkLine*
    ;

remarksHeading
    : HASHES? REMARKS_HEADING lineItem* (NL | EOF)
    ;

remarkLine
    : textLine
    | blankLine
    | table
    ;

/** "/s/ name", its date, the caption "** Signature of Reporting Person" and "Date". */
signatureSection
    : (signatureLine | signatureCaption) signatureItem*
    ;

signatureItem
    : signatureLine
    | signatureCaption
    | textLine
    | blankLine
    ;

signatureLine
    : SIGNED lineItem* (NL | EOF)
    ;

signatureCaption
    : ESCAPED* SIGNATURE_CAPTION lineItem* (NL | EOF)
    ;

/** "Reminder: ..." and everything after it: the form's printed instructions. */
closingBoilerplate
    : REMINDER lineItem* (NL | EOF) boilerplateLine*
    ;

boilerplateLine
    : lineItem+ (NL | EOF)
    | NL
    ;
