package dev.form4.recognize;

/** Words continued in the next cell, where OCR may repeat the cut: "Common" | "ommon Stock" is "Common Stock". */
final class TextJoin {

    private TextJoin() {
    }

    static String join(String left, String right) {
        String[] rightWords = right.split(" ", 2);
        String firstRight = rightWords[0];
        String[] leftWords = left.split(" ");
        String lastLeft = leftWords[leftWords.length - 1];
        // "Common" | "ommon Stock": the right piece repeats the end of the left word
        if (firstRight.length() >= 3 && lastLeft.length() > firstRight.length() && lastLeft.endsWith(firstRight)) {
            return rightWords.length > 1 ? left + " " + rightWords[1] : left;
        }
        if (right.startsWith(left)) {
            return right;
        }
        return left + " " + right;
    }
}
