package dev.longshot.cli;

import dev.longshot.media.provenance.watermark.WatermarkEmbedder;
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

    /** This size, or a {@link UserError} when it is too small to carry the watermark. */
    SizeOption requireWatermarkable(String option) {
        if (width < WatermarkEmbedder.MIN_WIDTH || height < WatermarkEmbedder.MIN_HEIGHT) {
            throw new UserError(option + " " + this + " is too small to carry the watermark (at"
                    + " least " + WatermarkEmbedder.MIN_WIDTH + "x" + WatermarkEmbedder.MIN_HEIGHT
                    + ")");
        }
        return this;
    }

    /**
     * This size, or a {@link UserError} when it is outside what a preview renders, 16x16 …
     * 3840x2160 ({@code what} names the size in the message, e.g. "each cell").
     */
    SizeOption requirePreviewSize(String option, String what) {
        if (width < 16 || height < 16 || width > 3840 || height > 2160) {
            throw new UserError(option + " " + this + ": " + what + " 16x16 … 3840x2160");
        }
        return this;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
