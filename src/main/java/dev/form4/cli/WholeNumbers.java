package dev.form4.cli;

import picocli.CommandLine;

/**
 * Numeric options in words: picocli's own converters say "'abc' is not a long", naming a Java type. These say
 * what the option takes.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static void register(CommandLine cli) {
        CommandLine.ITypeConverter<Integer> ints = value -> (int) parse(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        CommandLine.ITypeConverter<Long> longs = value -> parse(value, Long.MIN_VALUE, Long.MAX_VALUE);
        cli.registerConverter(Integer.class, ints);
        cli.registerConverter(int.class, ints);
        cli.registerConverter(Long.class, longs);
        cli.registerConverter(long.class, longs);
    }

    private static long parse(String value, long min, long max) {
        String text = value.strip().replace("_", "");
        if (!text.matches("[+-]?\\d+")) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
        try {
            long n = Long.parseLong(text);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(text.startsWith("-")
                    ? "'" + value + "' is too small (at least " + min + ")" : "'" + value + "' is too large (at most " + max + ")");
        }
    }
}
