package dev.longshot.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The golden frame: {@link RenderFixture#overLake()} at 160×90, hashed (SHA-256 of its RGB
 * bytes). Run as a program it prints the hash, so other JVMs can be compared with this one.
 */
final class GoldenFrame {
    static final int W = 160;
    static final int H = 90;

    private GoldenFrame() {}

    static String hash(int threads) {
        int[] px;
        try (var r = new SoftwareRenderer(W, H, threads)) {
            px = r.render(RenderFixture.overLake()).rgb();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int c : px) {
                sha.update((byte) (c >> 16));
                sha.update((byte) (c >> 8));
                sha.update((byte) c);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        System.out.println(hash(Integer.parseInt(args[0])));
    }
}
