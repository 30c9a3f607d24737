package dev.longshot.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code WIDTHxHEIGHT}, e.g. {@code 1280x720}. */
record SizeOption(int width, int height) {
    static final class Converter implements ITypeConverter<SizeOption> {
        @Override
        public SizeOption convert(String value) {
            String[] parts = value.trim().toLowerCase(java.util.Locale.ROOT).split("[x×*]");
            if (parts.length != 2) {
                throw new TypeConversionException(
                        "expected WIDTHxHEIGHT such as 1280x720, got '" + value + "'");
            }
            try {
                return new SizeOption(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            } catch (NumberFormatException e) {
                throw new TypeConversionException(
                        "expected WIDTHxHEIGHT such as 1280x720, got '" + value + "'");
            }
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
