package dev.form4.corpus.html;

import java.nio.file.Path;

/**
 * Writes the HTML page the SEC makes of a Form 4's ownershipDocument XML with its stylesheet (xslF345X03), the
 * page users print to PDF or feed to converters. The three real pages in {@code testdata/corpus/edgar-html}
 * are the specification ({@code SecHtmlRendererTest} holds the renderer to them): the same tables, rows,
 * cells, CSS classes and text; markup the real pages do not show (a checked Section 16 box, an amendment date,
 * several signatures) follows the page's own patterns. Read from the raw XML, not the model, because the page
 * distinguishes a missing element from an empty one.
 */
public final class SecHtmlRenderer {

    private static final String HEAD = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
            <title>SEC FORM\s
                        4</title>
            <style type="text/css">
                          .FormData {color: blue; background-color: white; font-size: small; font-family: Times, serif;}
                          .FormDataC {color: blue; background-color: white; font-size: small; font-family: Times, serif; text-align: center;}
                          .FormDataR {color: blue; background-color: white; font-size: small; font-family: Times, serif; text-align: right;}
                          .SmallFormData {color: blue; background-color: white; font-size: x-small; font-family: Times, serif;}
                          .FootnoteData {color: green; background-color: white; font-size: x-small; font-family: Times, serif;}
                          .FormNumText {font-size: small; font-weight: bold; font-family: arial, helvetica, sans-serif;}
                          .FormAttention {font-size: medium; font-weight: bold; font-family: helvetica;}
                          .FormText {font-size: small; font-weight: normal; font-family: arial, helvetica, sans-serif; text-align: left;}
                          .FormTextR {font-size: small; font-weight: normal; font-family: arial, helvetica, sans-serif; text-align: right;}
                          .FormTextC {font-size: small; font-weight: normal; font-family: arial, helvetica, sans-serif; text-align: center;}
                          .FormEMText {font-size: medium; font-style: italic; font-weight: normal; font-family: arial, helvetica, sans-serif;}
                          .FormULText {font-size: medium; text-decoration: underline; font-weight: normal; font-family: arial, helvetica, sans-serif;}
                          .SmallFormText {font-size: xx-small; font-family: arial, helvetica, sans-serif; text-align: left;}
                          .SmallFormTextR {font-size: xx-small; font-family: arial, helvetica, sans-serif; text-align: right;}
                          .SmallFormTextC {font-size: xx-small; font-family: arial, helvetica, sans-serif; text-align: center;}
                          .MedSmallFormText {font-size: x-small; font-family: arial, helvetica, sans-serif; text-align: left;}
                          .FormTitle {font-size: medium; font-family: arial, helvetica, sans-serif; font-weight: bold;}
                          .FormTitle1 {font-size: small; font-family: arial, helvetica, sans-serif; font-weight: bold; border-top: black thick solid;}
                          .FormTitle2 {font-size: small; font-family: arial, helvetica, sans-serif; font-weight: bold;}
                          .FormTitle3 {font-size: small; font-family: arial, helvetica, sans-serif; font-weight: bold; padding-top: 2em; padding-bottom: 1em;}
                          .SectionTitle {font-size: small; text-align: left; font-family: arial, helvetica, sans-serif;\s
                          		font-weight: bold; border-top: gray thin solid; border-bottom: gray thin solid;}
                          .FormName {font-size: large; font-family: arial, helvetica, sans-serif; font-weight: bold;}
                          .CheckBox {text-align: center; width: 5px; cell-spacing: 0; padding: 0 3 0 3; border-width: thin; border-style: solid;  border-color: black:}
                          body {background: white;}
                  </style>
            </head>
            <body>SEC Form 4\s
               """;

    private SecHtmlRenderer() {
    }

    public static String render(Path ownershipXml) {
        OwnershipXml doc = OwnershipXml.parse(ownershipXml);
        if (!doc.element().getTagName().equals("ownershipDocument")) {
            throw new IllegalArgumentException(ownershipXml + ": not an ownershipDocument");
        }
        StringBuilder out = new StringBuilder(HEAD);
        FormHeaderHtml.write(out, doc, XslLayout.of(doc));
        NonDerivativeTableHtml.write(out, doc.child("nonDerivativeTable"));
        DerivativeTableHtml.write(out, doc.child("derivativeTable"));
        ClosingHtml.write(out, doc);
        return out.append("</body>\n</html>\n").toString();
    }
}
