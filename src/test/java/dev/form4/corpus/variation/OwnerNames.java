package dev.form4.corpus.variation;

import java.util.List;
import java.util.Random;

/**
 * Names of reporting persons as EDGAR writes them in {@code rptOwnerName}: people "Last First Middle", often
 * upper case, some with a suffix, a particle or an apostrophe; and the funds, trusts and holding companies that
 * file jointly with them, with their commas, periods, ampersands and Roman numerals.
 */
final class OwnerNames {

    static final List<String> PEOPLE = List.of(
            "Tanaka Hiroshi", "MacLeod Fiona J.", "O'BRIEN PATRICK", "van der Berg Anneke", "Schmidt Klaus-Peter",
            "Okonkwo Chidi", "Dubois Marie-Claire", "Levi Avraham", "Lim Wei Ming", "Gonzalez Maria Elena",
            "SMITH JOHN A JR", "Rao Venkatesh", "Nakamura Yuki", "Brennan Siobhan", "Kowalski Piotr",
            "HUANG JEN-HSUN", "Fitzgerald-Jones Catherine", "Andersson Lars Erik", "Park Ji-hoon", "Costa Joao Pedro",
            "WILLIAMS ROBERT III", "Murphy Sean", "Chen Li", "Rossi Giulia");

    static final List<String> ENTITIES = List.of(
            "Northwind Capital Partners II, L.P.", "Maple Leaf Growth Fund IV LP", "Thames Ventures Nominees Ltd",
            "Sakura Holdings K.K.", "Alpenblick Beteiligungen GmbH", "Harbour Island Trust Co. (Jersey) Ltd",
            "The Tanaka Family Trust", "Lakeshore Holdings, Inc.", "Sequoia Peak Fund XIV, L.P.",
            "Blue Ridge Opportunity Master Fund, Ltd.", "Orchid Asia VII, L.P.", "SP Management & Co. LLC",
            "Red Maple GP, LLC", "Caravel Investments B.V.", "Kestrel Partners III (Cayman), L.P.");

    private OwnerNames() {
    }

    /** {@code count} different names: the first a person, the others people or entities. */
    static List<String> pick(Random random, int count) {
        List<String> names = new java.util.ArrayList<>();
        names.add(PEOPLE.get(random.nextInt(PEOPLE.size())));
        while (names.size() < count) {
            List<String> from = random.nextBoolean() ? PEOPLE : ENTITIES;
            String name = from.get(random.nextInt(from.size()));
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
