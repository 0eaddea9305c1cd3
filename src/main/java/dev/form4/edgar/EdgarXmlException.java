package dev.form4.edgar;

/**
 * An ownershipDocument XML that cannot be read: not well-formed, not an ownershipDocument, or a value that is
 * not what the schema says (a date that is no date). The message names the source and, where known, the
 * line:column.
 */
public class EdgarXmlException extends RuntimeException {

    public EdgarXmlException(String message) {
        super(message);
    }

    public EdgarXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
