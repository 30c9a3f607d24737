package dev.longshot.audio;

/**
 * One second of one layer as floats (full scale ±1): stereo (left, right) or first-order
 * AmbiX (W, Y, Z, X in ACN order, SN3D), channel by channel.
 */
final class Bus {
    /** The channels; a stereo bus's are {@link #left} and {@link #right}. */
    final float[][] channels;
    final float[] left;
    final float[] right;

    /** A stereo bus. */
    Bus(int length) {
        this(length, 2);
    }

    /** A bus of {@code count} channels (2 stereo, 4 AmbiX). */
    Bus(int length, int count) {
        channels = new float[count][length];
        left = channels[0];
        right = channels[1];
    }

    int length() {
        return left.length;
    }

    int count() {
        return channels.length;
    }

    /** Adds {@code s} to both channels, times {@code gain}. */
    void addCentre(float[] s, double gain) {
        for (int i = 0; i < s.length; i++) {
            left[i] += (float) (s[i] * gain);
            right[i] += (float) (s[i] * gain);
        }
    }

    /** Adds {@code l} and {@code r} times the per-sample {@code envelope}. */
    void addWide(float[] l, float[] r, float[] envelope) {
        for (int i = 0; i < left.length; i++) {
            left[i] += l[i] * envelope[i];
            right[i] += r[i] * envelope[i];
        }
    }

    /** Adds another bus of as many channels times {@code gain}. */
    void mix(Bus other, double gain) {
        float g = (float) gain;
        for (int c = 0; c < channels.length; c++) {
            float[] to = channels[c], from = other.channels[c];
            for (int i = 0; i < to.length; i++) to[i] += from[i] * g;
        }
    }

    /** Mean square of the channels over the second. */
    double power() {
        double e = 0;
        for (float[] ch : channels) {
            for (float x : ch) e += x * x;
        }
        return e / ((double) channels.length * left.length);
    }
}
