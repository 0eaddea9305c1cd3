package dev.form4.corpus.variation;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Addresses of reporting owners from every kind of place, each with EDGAR's code for its state or country
 * (the list behind rptOwnerState, https://www.sec.gov/edgar/searchedgar/edgarstatecodes.htm, which the schema
 * X0306 enumerates with the same names) and the postal code in the shape the country uses: Canada's
 * {@code V6E 3P3}, the UK's {@code W1K 3JP}, Japan's {@code 105-7537}, Germany's {@code 80331}, Ireland's
 * Eircode, none in Hong Kong; in the US both ZIP and ZIP+4. The street lines are invented but shaped as filers
 * write them (care-of lines, suites, floors, district names).
 */
final class AddressBook {

    /** The codes of US states and territories among {@link #US}, for telling foreign addresses apart. */
    static final Set<String> US_STATES = Set.of("CA", "NY", "MA", "TX", "WA", "IL", "NC", "MO", "PR", "DC", "FL");

    static final List<PostalAddress> FOREIGN = List.of(
            new PostalAddress("1055 WEST GEORGIA STREET", "SUITE 1500", "VANCOUVER", "A1", "BRITISH COLUMBIA, CANADA", "V6E 3P3"),
            new PostalAddress("100 KING STREET WEST", "SUITE 6100, P.O. BOX 50", "TORONTO", "A6", "ONTARIO, CANADA", "M5X 1B1"),
            new PostalAddress("1250 RENE-LEVESQUE BLVD. WEST", "", "MONTREAL", "A8", "QUEBEC, CANADA", "H3B 4W8"),
            new PostalAddress("888 3RD STREET SW", "BANKERS HALL WEST, 10TH FLOOR", "CALGARY", "A0", "ALBERTA, CANADA", "T2P 5C5"),
            new PostalAddress("1 HARBOURFRONT PLACE", "", "SAINT JOHN", "A3", "NEW BRUNSWICK, CANADA", "E2L 4V1"),
            new PostalAddress("C/O NORTHWIND CAPITAL LLP", "25 BERKELEY SQUARE", "LONDON", "X0", "UNITED KINGDOM", "W1J 6HN"),
            new PostalAddress("42 BROOK STREET", "", "LONDON", "X0", "UNITED KINGDOM", "W1K 3JP"),
            new PostalAddress("1 CHURCHILL PLACE, CANARY WHARF", "", "LONDON", "X0", "UNITED KINGDOM", "E14 5HP"),
            new PostalAddress("SHIODOME CITY CENTER", "1-5-2 HIGASHI-SHIMBASHI, MINATO-KU", "TOKYO", "M0", "JAPAN", "105-7537"),
            new PostalAddress("3-1-1 MARUNOUCHI, CHIYODA-KU", "", "TOKYO", "M0", "JAPAN", "100-0005"),
            new PostalAddress("22 GRENVILLE STREET", "", "ST HELIER", "Y9", "JERSEY", "JE4 8PX"),
            new PostalAddress("MARIENPLATZ 8", "", "MUNICH", "2M", "GERMANY", "80331"),
            new PostalAddress("C/O ALPENBLICK BETEILIGUNGEN GMBH", "NEUE MAINZER STRASSE 52", "FRANKFURT AM MAIN", "2M", "GERMANY", "60311"),
            new PostalAddress("70 SIR JOHN ROGERSON'S QUAY", "", "DUBLIN 2", "L2", "IRELAND", "D02 R296"),
            new PostalAddress("BAHNHOFSTRASSE 45", "", "ZURICH", "V8", "SWITZERLAND", "8001"),
            new PostalAddress("121 MENACHEM BEGIN ROAD", "AZRIELI SARONA TOWER, 42ND FLOOR", "TEL AVIV", "L3", "ISRAEL", "6701203"),
            new PostalAddress("8 MARINA VIEW #40-01", "ASIA SQUARE TOWER 1", "SINGAPORE", "U0", "SINGAPORE", "018960"),
            new PostalAddress("GUSTAV MAHLERPLEIN 109", "", "AMSTERDAM", "P7", "NETHERLANDS", "1082 MS"),
            new PostalAddress("12 AVENUE HOCHE", "", "PARIS", "I0", "FRANCE", "75008"),
            new PostalAddress("PO BOX 309, UGLAND HOUSE", "SOUTH CHURCH STREET", "GEORGE TOWN", "E9", "CAYMAN ISLANDS", "KY1-1104"),
            new PostalAddress("CLARENDON HOUSE", "2 CHURCH STREET", "HAMILTON", "D0", "BERMUDA", "HM 11"),
            new PostalAddress("2-4 RUE EUGENE RUPPERT", "", "LUXEMBOURG", "N4", "LUXEMBOURG", "L-2453"),
            new PostalAddress("TWO EXCHANGE SQUARE, 38TH FLOOR", "8 CONNAUGHT PLACE, CENTRAL", "HONG KONG", "K3", "HONG KONG", ""),
            new PostalAddress("LEVEL 27, 1 BLIGH STREET", "", "SYDNEY NSW", "C3", "AUSTRALIA", "2000"),
            new PostalAddress("AV. BRIGADEIRO FARIA LIMA, 3477", "14 ANDAR", "SAO PAULO", "D5", "BRAZIL", "04538-133"),
            new PostalAddress("BANDRA KURLA COMPLEX", "BANDRA (EAST)", "MUMBAI", "K7", "INDIA", "400 051"),
            new PostalAddress("NO. 1 EAST CHANG AN AVENUE", "DONGCHENG DISTRICT", "BEIJING", "F4", "CHINA", "100738"),
            new PostalAddress("REGERINGSGATAN 38", "", "STOCKHOLM", "V7", "SWEDEN", "111 56"),
            new PostalAddress("152 TEHERAN-RO, GANGNAM-GU", "", "SEOUL", "M5", "KOREA, REPUBLIC OF", "06236"),
            new PostalAddress("PALM GROVE HOUSE", "P.O. BOX 438, ROAD TOWN", "TORTOLA", "D8", "VIRGIN ISLANDS, BRITISH", "VG1110"),
            new PostalAddress("LE MARCHANT HOUSE", "LE TRUCHOT", "ST PETER PORT", "Y7", "GUERNSEY", "GY1 6HJ"),
            new PostalAddress("PASEO DE LA REFORMA 505, PISO 41", "COL. CUAUHTEMOC", "MEXICO CITY", "O5", "MEXICO", "06500"));

    static final List<PostalAddress> US = List.of(
            new PostalAddress("C/O SEQUOIA PEAK PARTNERS", "2800 SAND HILL ROAD, SUITE 101", "MENLO PARK", "CA", "CALIFORNIA", "94025-7022"),
            new PostalAddress("ONE VANDERBILT AVENUE", "57TH FLOOR", "NEW YORK", "NY", "NEW YORK", "10017"),
            new PostalAddress("200 CLARENDON STREET", "", "BOSTON", "MA", "MASSACHUSETTS", "02116-5021"),
            new PostalAddress("300 COLORADO STREET, SUITE 2300", "", "AUSTIN", "TX", "TEXAS", "78701"),
            new PostalAddress("1201 THIRD AVENUE", "SUITE 4900", "SEATTLE", "WA", "WASHINGTON", "98101-3099"),
            new PostalAddress("C/O LAKESHORE HOLDINGS, INC.", "71 S. WACKER DRIVE", "CHICAGO", "IL", "ILLINOIS", "60606"),
            new PostalAddress("101 N. CHERRY STREET", "SUITE 700", "WINSTON-SALEM", "NC", "NORTH CAROLINA", "27101"),
            new PostalAddress("8000 MARYLAND AVENUE", "", "ST. LOUIS", "MO", "MISSOURI", "63105"),
            new PostalAddress("270 MUNOZ RIVERA AVENUE", "SUITE 1110", "SAN JUAN", "PR", "PUERTO RICO", "00918"),
            new PostalAddress("1001 PENNSYLVANIA AVENUE, NW", "", "WASHINGTON", "DC", "DISTRICT OF COLUMBIA", "20004-2505"),
            new PostalAddress("777 SOUTH FLAGLER DRIVE", "SUITE 800 WEST", "WEST PALM BEACH", "FL", "FLORIDA", "33401"));

    private AddressBook() {
    }

    /** Whether a state code is one of the foreign places of {@link #FOREIGN}. */
    static boolean isForeign(String stateCode) {
        return FOREIGN.stream().anyMatch(a -> a.stateCode().equals(stateCode));
    }

    /** A foreign address with probability {@code foreignShare}, a US one otherwise. */
    static PostalAddress pick(Random random, double foreignShare) {
        List<PostalAddress> from = random.nextDouble() < foreignShare ? FOREIGN : US;
        return from.get(random.nextInt(from.size()));
    }
}
