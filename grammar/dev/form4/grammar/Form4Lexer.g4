/*
 * Lexer for SEC Form 4 filings as a PDF-to-Markdown converter (Marker) writes them.
 *
 * Design: an island lexer. It knows the few structures that carry meaning (pipes, line ends, tags,
 * footnote markers, dates, prices, numbers, section anchors) and lets every other character through as a
 * WORD, PUNCT or UNKNOWN token, so it never reports "token recognition error": OCR noise reaches the parser
 * as tokens it can absorb. Mode MATH exists because Marker wraps text it takes for a formula in $...$.
 *
 * Whitespace is hidden; consumers that need a cell's exact text read the character interval.
 */
lexer grammar Form4Lexer;

// ---- line structure -------------------------------------------------------------------------------
NL          : '\r'? '\n' | '\r' ;
WS          : [ \t\u00A0\u2000-\u200B\u3000]+ -> channel(HIDDEN) ;
PIPE        : '|' ;
/** Two or more dashes: a table separator cell, or a rule line. A single '-' is DASH (a bullet or noise). */
DASHES      : '-' '-'+ ;
COLON_DASHES: ':' '-'+ ':'? | '-'+ ':' ;
DASH        : '-' ;
HASHES      : '#'+ ;

// ---- section anchors (whole phrases, so a stray word in a footnote does not open a section) ---------
EXPLANATION_HEADING : ('**')? 'Explanation of Responses' ':'? ('**')? ;
REMARKS_HEADING     : ('**')? 'Remarks:' ('**')? ;
SIGNATURE_CAPTION   : ('\\*\\*' | '**')? [ \t]* 'Signature of Reporting Person' ;
SIGNED              : '/s/' | '/S/' ;
REMINDER            : 'Reminder:' ;

// ---- inline markup that Marker keeps inside cells --------------------------------------------------
SUP_OPEN    : '<sup>' ;
SUP_CLOSE   : '</sup>' ;
BOLD_OPEN   : '<b>' | '<strong>' ;
BOLD_CLOSE  : '</b>' | '</strong>' ;
ITALIC_OPEN : '<i>' | '<em>' ;
ITALIC_CLOSE: '</i>' | '</em>' ;
BR          : '<br' [ \t]* '/'? '>' ;
OTHER_TAG   : '<' '/'? [a-zA-Z] [a-zA-Z0-9]* ([ \t]+ ~[<>\r\n]*)? '>' ;

// ---- values --------------------------------------------------------------------------------------
/** (1) .. (99): a footnote marker, in <sup> or bare. */
FOOTNOTE_REF: '(' [0-9] [0-9]? ')' ;
/** mm/dd/yyyy as printed; a two-digit year is a date cut at a cell edge, repaired by the model builder. */
DATE        : [0-9] [0-9]? '/' [0-9] [0-9]? '/' [0-9] [0-9] ([0-9] [0-9])? ;
/** A price: Marker escapes the dollar sign. Unescaped only with decimals, so "$1. The ..." stays math. */
PRICE       : '\\$' [ \t]? DIGITS_SEPARATED?
            | '$' [ \t]? [0-9] [0-9,]* '.' [0-9]+
            ;
/** "1." "12." — a numbered caption or footnote ("2. The sale price ..."), or a number cut after its dot. */
ITEM_NUMBER : [0-9] [0-9]? '.' ;
/** 5,614,522  0.00  84.6237  and fragments cut at a cell edge: ",956"  "26." are read by the builder. */
NUMBER      : [.,]? DIGITS_SEPARATED ;
fragment DIGITS_SEPARATED : [0-9]+ ([.,] [0-9]+)* [.,]? ;

/**
 * A capital letter standing alone: a transaction code of the SEC's list (General Instruction 8), which is
 * also how the A/D, D/I and V flags print. Before WORD, so a one-letter word is this token; the model builder
 * decides from its neighbours whether it is a code, a flag or part of a title ("Class A Common Stock").
 */
CODE_LETTER : [PSVADFIMCEHOXGLWZJKU] ;

// ---- text ----------------------------------------------------------------------------------------
MATH_OPEN   : '$' -> pushMode(MATH) ;
ESCAPED     : '\\' ~[\r\n] ;
WORD        : [\p{L}] [\p{L}\p{M}\p{N}'\u2019]* ;
PUNCT       : [.,;:!?()[\]{}*/&%+=~@"'`_^\u2018\u2019\u201C\u201D\u2022\u00B7\u2013\u2014\u00A7<>\\] ;
/** Anything else (symbols, stray control characters): noise the parser absorbs. Keeps the lexer total. */
UNKNOWN     : . ;

// ---- $...$ fragments -----------------------------------------------------------------------------
mode MATH;
MATH_CLOSE  : '$' -> popMode ;
/** A formula never spans lines in Marker's output; an unclosed one ends at the line end. */
MATH_NL     : ('\r'? '\n' | '\r') -> type(NL), popMode ;
MATH_WS     : [ \t]+ -> channel(HIDDEN) ;
MATH_ITEM_NUMBER : [0-9] [0-9]? '.' ;
MATH_NUMBER : [0-9]+ ([.,] [0-9]+)* ;
/** ^{(1)} is how a superscript footnote marker looks inside a formula. */
MATH_SUP    : '^{' [ \t]* '(' [0-9] [0-9]? ')' [ \t]* '}' ;
/** "\ " is an escaped space; "\$" a literal dollar. */
MATH_ESCAPE : '\\' ~[\r\n]? ;
MATH_TEXT   : ~[$\r\n\t \\0-9^]+ | '^' ;
