package dev.form4.corpus.variation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The address book speaks EDGAR's codes: each address's state or country code is in the schema's own list
 * with the name the book gives it (the XSD names every code in a comment), so no invented code can slip in;
 * and its fields fit the schema's limits.
 */
class AddressBookTest {

    private static final Pattern CODE = Pattern.compile("<xs:enumeration value=\"([^\"]*)\"/>\\s*<!--\\s*(.*?)\\s*-->");

    @Test
    void everyCodeIsEdgarsWithItsName() throws IOException {
        Map<String, String> edgar = edgarCodes();
        for (PostalAddress address : Stream.concat(AddressBook.FOREIGN.stream(), AddressBook.US.stream()).toList()) {
            assertEquals(address.codeName(), edgar.get(address.stateCode()), address.city() + ": code " + address.stateCode());
        }
        assertTrue(edgar.size() > 300, "the schema lists EDGAR's codes: " + edgar.size());
    }

    @Test
    void theIssuesPlacesAreThereWithTheirPostalShapes() {
        Map<String, String> zipByCode = new HashMap<>();
        AddressBook.FOREIGN.forEach(a -> zipByCode.putIfAbsent(a.stateCode(), a.zipCode()));
        assertEquals("V6E 3P3", zipByCode.get("A1"));
        assertTrue(AddressBook.FOREIGN.stream().anyMatch(a -> a.zipCode().equals("W1K 3JP") && a.stateCode().equals("X0")));
        assertEquals("105-7537", zipByCode.get("M0"));
        assertEquals("JE4 8PX", zipByCode.get("Y9"));
        assertEquals("80331", zipByCode.get("2M"));
        assertTrue(AddressBook.US.stream().anyMatch(a -> a.zipCode().matches("\\d{5}-\\d{4}")), "ZIP+4");
        assertTrue(AddressBook.FOREIGN.stream().anyMatch(a -> a.zipCode().isEmpty()), "a country without postal codes");
    }

    @Test
    void fieldsFitTheSchema() {
        for (PostalAddress a : Stream.concat(AddressBook.FOREIGN.stream(), AddressBook.US.stream()).toList()) {
            for (String street : List.of(a.street1(), a.street2())) {
                assertTrue(street.length() <= 40, street);
            }
            assertTrue(a.city().length() <= 30, a.city());
            assertTrue(a.zipCode().matches("[0-9A-Za-z #-]{0,10}"), a.zipCode());
        }
        AddressBook.FOREIGN.forEach(a -> assertTrue(a.foreign(), a.city()));
        AddressBook.US.forEach(a -> assertTrue(!a.foreign(), a.city()));
    }

    /** Code to name, as the bundled ownershipDocumentCommon.xsd lists them for rptOwnerState. */
    static Map<String, String> edgarCodes() throws IOException {
        try (InputStream in = dev.form4.write.EdgarSchema.class.getResourceAsStream("edgar/ownershipDocumentCommon.xsd")) {
            String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> codes = new HashMap<>();
            Matcher m = CODE.matcher(xsd.substring(xsd.indexOf("name=\"rptOwnerState\"")));
            while (m.find()) {
                codes.putIfAbsent(m.group(1), m.group(2));
            }
            return codes;
        }
    }
}
