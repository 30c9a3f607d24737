package dev.longshot.media.handoff;

import dev.longshot.render.Frame;

/**
 * Draws one line of review text (timecode, shot, line, lens) on a dark band at the frame's
 * top left, away from the AI-generated label in the bottom right.
 */
public final class BurnIn {
    private BurnIn() {}

    /** A copy of {@code frame} with {@code text} burned in, scaled to the frame's height. */
    public static Frame draw(Frame frame, String text) {
        int w = frame.width();
        int h = frame.height();
        int scale = Math.max(1, h / 240);
        int pad = 2 * scale;
        int advance = (BitmapFont.WIDTH + 1) * scale;
        int bandW = Math.min(w, pad * 2 + text.length() * advance);
        int bandH = Math.min(h, pad * 2 + BitmapFont.HEIGHT * scale);
        int[] rgb = frame.rgb().clone();
        for (int y = 0; y < bandH; y++) {
            for (int x = 0; x < bandW; x++) {
                int p = rgb[y * w + x];
                // darken to a third: the text stays readable on any picture
                rgb[y * w + x] = ((p >>> 16 & 0xFF) / 3) << 16 | ((p >>> 8 & 0xFF) / 3) << 8
                        | (p & 0xFF) / 3;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            int x0 = pad + i * advance;
            for (int gy = 0; gy < BitmapFont.HEIGHT; gy++) {
                for (int gx = 0; gx < BitmapFont.WIDTH; gx++) {
                    if (!BitmapFont.pixel(text.charAt(i), gx, gy)) continue;
                    for (int sy = 0; sy < scale; sy++) {
                        for (int sx = 0; sx < scale; sx++) {
                            int x = x0 + gx * scale + sx;
                            int y = pad + gy * scale + sy;
                            if (x < w && y < h) rgb[y * w + x] = 0xFFFFFF;
                        }
                    }
                }
            }
        }
        return new Frame(w, h, rgb, frame.time(), frame.shown());
    }
}
