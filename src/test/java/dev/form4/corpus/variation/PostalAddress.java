package dev.form4.corpus.variation;

/**
 * A reporting owner's address as EDGAR holds it: up to two street lines (40 characters each), a city (30),
 * EDGAR's state or country code ({@code rptOwnerState}), the postal code ({@code rptOwnerZipCode}, 10
 * characters of {@code [0-9A-Za-z #-]}, empty where the country has none) and the code's name in EDGAR's list
 * (checked against the schema's own list by {@code AddressBookTest}).
 */
record PostalAddress(String street1, String street2, String city, String stateCode, String codeName, String zipCode) {

    boolean foreign() {
        return AddressBook.isForeign(stateCode);
    }
}
