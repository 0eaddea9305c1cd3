/*
 * Markdown as PDF-to-Markdown converters write a Form 4 (Marker, GitHub pipe tables, pandoc): lines, headings,
 * pipe-table rows and their cells, and the typed items a cell or line is made of. This is only the surface:
 * what the form's parts are (header boxes, Tables I and II, footnotes, signatures) is decided over the rows
 * this grammar yields (dev.form4.input.markdown), by the form grammar (grammar/dev/form4/parse/Form4Parser.g4).
 *
 * Every rule is flat (no recursion), so nesting in the input ("<sup><sup>...") cannot deepen the parse stack;
 * every line-level decision is made on the line's first token.
 */
parser grammar MarkdownParser;

options { tokenVocab = MarkdownLexer; }

document
    : line* EOF
    ;

line
    : separatorRow
    | pipeRow
    | heading
    | textLine
    | blankLine
    ;

/** |-----|:---:|--| : layout only. */
separatorRow
    : PIPE ((DASHES | COLON_DASHES | DASH) PIPE)+ lineEnd
    ;

/** The cell after the last pipe is empty in well-formed rows; a row cut short simply ends at the line end. */
pipeRow
    : PIPE cell (PIPE cell)* lineEnd
    ;

cell
    : (item | HASHES)*
    ;

heading
    : HASHES (item | PIPE | HASHES)* lineEnd
    ;

/** A line of prose, or a value that fell out of its table ("a loose line"). */
textLine
    : lineStart (item | PIPE | HASHES)* lineEnd
    ;

/** Any item may begin a plain line but a pipe (a table row) or a hash (a heading). */
lineStart
    : item
    ;

blankLine
    : NL
    ;

/** A line ends at NL, or at the end of a file that has no final newline. */
lineEnd
    : NL
    | EOF
    ;

// ---- items: what a cell or a line is made of --------------------------------------------------------
item
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

/** (1) bare, or as <sup>(1)</sup>: the visitor pairs <sup> tags; the grammar keeps them flat. */
footnoteRef
    : FOOTNOTE_REF
    ;

markup
    : SUP_OPEN          # supOpen
    | SUP_CLOSE         # supClose
    | BR                # lineBreak
    | (BOLD_OPEN | BOLD_CLOSE | ITALIC_OPEN | ITALIC_CLOSE | OTHER_TAG)  # otherTag
    ;

text
    : WORD              # wordText
    | PUNCT             # punctText
    | ESCAPED           # escapedText
    | ENTITY            # entityText
    | (DASH | DASHES | COLON_DASHES)  # dashText
    | UNKNOWN           # noiseText
    ;

/** $...$: Marker's formula wrapper. An unclosed one ends at the line end (the lexer pops the mode there). */
math
    : MATH_OPEN mathItem* MATH_CLOSE?
    ;

mathItem
    : MATH_ITEM_NUMBER  # mathItemNumber
    | MATH_NUMBER       # mathNumber
    | MATH_SUP          # mathSup
    | MATH_ESCAPE       # mathEscape
    | MATH_TEXT         # mathText
    ;
