package dev.form4.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The SEC's Form 4 ownershipDocument schema (X0306), bundled as a resource: validates a document and tells
 * which state codes {@code rptOwnerState} accepts (read from the schema rather than copied into code).
 */
public final class EdgarSchema {

    public static final String VERSION = "X0306";
    private static final String MAIN = "edgar/ownership4Document.X0306.xsd";
    private static final String COMMON = "edgar/ownershipDocumentCommon.xsd";

    private static final Schema SCHEMA = load();
    private static final Set<String> STATES = readStates();

    private EdgarSchema() {
    }

    public static Schema schema() {
        return SCHEMA;
    }

    /** The codes rptOwnerState may hold (US states, territories, countries, and the blank entries). */
    public static Set<String> stateCodes() {
        return STATES;
    }

    /** Every schema violation as "line:column: message"; empty when the document is valid. */
    public static List<String> validate(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema load() {
        URL url = EdgarSchema.class.getResource(MAIN);
        try {
            // The include of the common part resolves against this URL, in a jar as on disk.
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("bundled schema " + MAIN + " does not load", e);
        }
    }

    private static Set<String> readStates() {
        try (InputStream in = EdgarSchema.class.getResourceAsStream(COMMON)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList elements = factory.newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if ("rptOwnerState".equals(element.getAttribute("name"))) {
                    NodeList values = element.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
                    Set<String> codes = new LinkedHashSet<>();
                    for (int j = 0; j < values.getLength(); j++) {
                        codes.add(((Element) values.item(j)).getAttribute("value"));
                    }
                    return Collections.unmodifiableSet(codes);
                }
            }
            throw new IllegalStateException("bundled schema " + COMMON + " has no rptOwnerState");
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("bundled schema " + COMMON + " does not read", e);
        }
    }
}
