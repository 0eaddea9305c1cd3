/*
 * The printed Form 4, as a sequence of rows: what comes in which order, whatever converter wrote the text.
 *
 * Each token is one row of the document, classified once by what it looks like (dev.form4.parse.RowClassifier:
 * a caption of the header, a table title, a column caption, a row of values, a note, a signature ...); the
 * rules below say what it is in the form by where it stands. A row of values is a box value in the header, a
 * table row under a table's title, a value that fell out of its table among the notes.
 *
 * The form's order: the title block; the header (boxes 1 to 6 and the checkboxes, which converters write as
 * one grid, so their rows interleave); Table I; Table II; in joint filings the further reporting owners'
 * boxes; the Explanation of Responses (notes, and the values of table rows that fell out of their table);
 * Remarks; the signatures; the printed instructions.
 *
 * Error alternatives name the damage converters and OCR are known to do, so that the tree says what happened:
 * a table whose title was lost (it starts at its column captions), or cut to "Table"; notes whose heading was
 * lost. Aligning values to columns, joining rows that a converter split over several lines and every repair
 * are done in Java, over the nodes the visitor (dev.form4.parse.FormAstBuilder) builds from this tree.
 *
 * Every rule is flat (loops, no recursion), so no input can deepen the parse stack.
 */
parser grammar Form4Parser;

options { tokenVocab = Form4RowLexer; }

document
    : frontMatter header? tableOne? tableTwo? laterOwners? notes? remarks? signatures? closing? EOF
    ;

/** What stands above the boxes: "FORM 4", the commission's name, the OMB box. */
frontMatter
    : (formTitle | boxValues)*
    ;

formTitle
    : FORM_TITLE
    ;

// ---- the header: boxes 1 to 6 and the checkboxes, as one grid -------------------------------------
header
    : headerStart headerRow*
    ;

headerStart
    : ownerBox
    | issuerBox
    | boxCaption
    ;

headerRow
    : ownerBox
    | issuerBox
    | boxCaption
    | formTitle
    | boxValues
    ;

/** Box 1, "Name and Address of Reporting Person": one per reporting owner. */
ownerBox
    : OWNER_CAPTION
    ;

/** Box 2, "Issuer Name and Ticker or Trading Symbol". */
issuerBox
    : ISSUER_CAPTION
    ;

/** Boxes 3 to 6, the address captions, the checkbox labels. */
boxCaption
    : BOX_CAPTION
    ;

/** Values of the boxes (names, address lines, dates, X marks) as the grid puts them. */
boxValues
    : TEXT
    | DATA_ROW
    | LOOSE_VALUE
    ;

// ---- Table I: Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned ----------------
tableOne
    : tableOneTitle tableOneLine*
    | columnCaption tableOneLine*         // error alternative: the title was lost
    ;

tableOneTitle
    : TABLE_ONE_TITLE
    | TABLE_TITLE                         // error alternative: the title was cut to "Table"
    ;

tableOneLine
    : columnCaption
    | tableRow
    | strayCaption
    | tableOneRepeated
    ;

/** The title repeated over the table's part on the next page; cut to "Table", it is Table I's by its captions. */
tableOneRepeated
    : TABLE_ONE_TITLE
    | TABLE_TITLE columnCaption
    ;

// ---- Table II: Derivative Securities Acquired, Disposed of, or Beneficially Owned -------------------
tableTwo
    : tableTwoTitle tableTwoLine*
    | derivativeCaption tableTwoLine*     // error alternative: the title was lost
    ;

tableTwoTitle
    : TABLE_TWO_TITLE
    | TABLE_TITLE                         // error alternative: the title was cut to "Table"
    ;

tableTwoLine
    : columnCaption
    | derivativeCaption
    | tableRow
    | strayCaption
    | tableTwoRepeated
    ;

/** The title repeated over the table's part on the next page. */
tableTwoRepeated
    : TABLE_TWO_TITLE
    | TABLE_TITLE
    ;

columnCaption
    : COLUMN_CAPTION
    ;

derivativeCaption
    : DERIVATIVE_CAPTION
    ;

/** A caption of the header inside a table (a page's title block repeated, a misplaced box): set aside. */
strayCaption
    : BOX_CAPTION
    | ISSUER_CAPTION
    | FORM_TITLE
    ;

/** A row of values, or a line of a row that a converter spread over several lines ("Stock", "buy)"). */
tableRow
    : DATA_ROW
    | LOOSE_VALUE
    | TEXT
    ;

// ---- joint filings: the further owners' boxes, after the tables -------------------------------------
laterOwners
    : ownerBox laterOwnerRow*
    ;

laterOwnerRow
    : ownerBox
    | issuerBox
    | boxCaption
    | formTitle
    | boxValues
    | columnCaption
    ;

// ---- Explanation of Responses -------------------------------------------------------------------------
notes
    : explanationHeading noteLine*
    | footnote noteLine*                  // error alternative: the heading was lost
    ;

explanationHeading
    : EXPLANATION_HEADING
    ;

noteLine
    : footnote
    | looseValue
    | strayText
    | explanationHeading                  // repeated on a second page
    | formTitle                           // a page's title block
    ;

/** "1. text", continued on the lines right under it. */
footnote
    : FOOTNOTE CONTINUATION*
    ;

/** A value of a table row that fell out of its table, among the notes. */
looseValue
    : LOOSE_VALUE
    | DATA_ROW
    ;

/** Text that is no note: loose words of a fallen-out row ("Stock Option", "(right to"), or noise. */
strayText
    : TEXT
    | CONTINUATION
    ;

// ---- Remarks, signatures, instructions ----------------------------------------------------------------
remarks
    : remarksHeading remarkLine*
    ;

remarksHeading
    : REMARKS_HEADING
    ;

remarkLine
    : TEXT
    | CONTINUATION
    | LOOSE_VALUE
    | DATA_ROW
    | FOOTNOTE
    ;

/** "/s/ name" and its date, the caption "** Signature of Reporting Person" and "Date". */
signatures
    : signatureLine signatureItem*
    ;

signatureLine
    : SIGNATURE
    | SIGNATURE_CAPTION
    ;

signatureItem
    : signatureLine
    | TEXT
    | CONTINUATION
    | LOOSE_VALUE
    | DATA_ROW
    ;

/** "Reminder: ..." and everything after it: the form's printed instructions. */
closing
    : BOILERPLATE closingLine*
    ;

closingLine
    : BOILERPLATE
    | TEXT
    | CONTINUATION
    | LOOSE_VALUE
    | DATA_ROW
    | FOOTNOTE
    | SIGNATURE
    | SIGNATURE_CAPTION
    | FORM_TITLE
    ;
