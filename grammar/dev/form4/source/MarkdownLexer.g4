/*
 * The island lexer that types the text of a Form 4 as a converter wrote it: Markdown (Marker, GitHub pipe
 * tables, pandoc) and, with markup off, the plain text of an HTML cell or of a layout/OCR line.
 *
 * It knows the few structures that carry meaning (pipes, line ends, tags, footnote markers, dates, prices,
 * numbers) and lets every other character through as a WORD, PUNCT or UNKNOWN token, so it never reports a
 * "token recognition error": OCR noise reaches the parser as tokens it can absorb.
 *
 * Two switches, set by the front-end before lexing:
 *   markup  Markdown's own syntax (tags, backslash escapes, $...$): off for text that has none, so that a '<'
 *           or a '\' in an HTML cell or an OCR line is a character, not markup.
 *   math    Marker wraps text it takes for a formula in $...$ (mode MATH); GitHub Markdown has no math, so
 *           there a '$' is a dollar sign ("<span>$</span><span>49.00</span>" is a price, not a formula).
 * The predicates stand only on rules that start with '<', '\', '&' or '$', so the lexer's DFA stays cached for
 * everything else.
 *
 * Whitespace is hidden; consumers that need a cell's exact text read the character interval.
 */
lexer grammar MarkdownLexer;

@members {
    /** Markdown syntax is read (tags, escapes, formulas); off for plain text. */
    public boolean markup = true;
    /** '$' opens a formula, as Marker writes one; off for GitHub Markdown and plain text. */
    public boolean math = true;
}

// ---- line structure -------------------------------------------------------------------------------
NL          : '\r'? '\n' | '\r' ;
WS          : [ \t\u00A0\u2000-\u200B\u3000]+ -> channel(HIDDEN) ;
PIPE        : '|' ;
/** Two or more dashes: a table separator cell, or a rule line. A single '-' is DASH (a bullet or noise). */
DASHES      : '-' '-'+ ;
COLON_DASHES: ':' '-'+ ':'? | '-'+ ':' ;
DASH        : '-' ;
HASHES      : '#'+ ;

// ---- inline markup that Marker keeps inside cells --------------------------------------------------
SUP_OPEN    : '<sup>' {markup}? ;
SUP_CLOSE   : '</sup>' {markup}? ;
BOLD_OPEN   : ('<b>' | '<strong>') {markup}? ;
BOLD_CLOSE  : ('</b>' | '</strong>') {markup}? ;
ITALIC_OPEN : ('<i>' | '<em>') {markup}? ;
ITALIC_CLOSE: ('</i>' | '</em>') {markup}? ;
BR          : '<br' [ \t]* '/'? '>' {markup}? ;
OTHER_TAG   : '<' '/'? [a-zA-Z] [a-zA-Z0-9]* ([ \t]+ ~[<>\r\n]*)? '>' {markup}? ;
/** &amp; &#36; &nbsp;: pandoc and Marker keep HTML's character references in Markdown. */
ENTITY      : '&' ('#' [0-9]+ | '#' [xX] [0-9a-fA-F]+ | [a-zA-Z] [a-zA-Z0-9]*) ';' {markup}? ;

// ---- values --------------------------------------------------------------------------------------
/** (1) .. (99): a footnote marker, in <sup> or bare. */
FOOTNOTE_REF: '(' [0-9] [0-9]? ')' ;
/** mm/dd/yyyy as printed; a two-digit year is a date cut at a cell edge, repaired by the model builder. */
DATE        : [0-9] [0-9]? '/' [0-9] [0-9]? '/' [0-9] [0-9] ([0-9] [0-9])? ;
/**
 * A price. Marker escapes the dollar sign; unescaped it is a price only with decimals there, so "$1. The ..."
 * stays a formula. Where '$' opens no formula, a dollar sign and the number after it are a price, and a lone
 * '$' is one whose number stands in the next cell.
 * The predicates stand right after the sign, not at the end: the lexer caches no DFA edge on which it tests a
 * predicate, and at the end, behind optional parts, one is tested after every digit (the switches do not change
 * while a text is lexed, so where they are tested changes no token).
 */
PRICE       : '\\$' {markup}? [ \t]? DIGITS_SEPARATED?
            | '$' [ \t]? [0-9] [0-9,]* '.' [0-9]+
            | '$' {!math}? [ \t]? DIGITS_SEPARATED?
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
MATH_OPEN   : '$' {math}? -> pushMode(MATH) ;
ESCAPED     : '\\' ~[\r\n] {markup}? ;
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
