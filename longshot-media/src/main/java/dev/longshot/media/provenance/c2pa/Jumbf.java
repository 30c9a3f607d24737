package dev.longshot.media.provenance.c2pa;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JUMBF (ISO/IEC 19566-5) boxes as C2PA uses them: a superbox {@code jumb} holding a
 * description box {@code jumd} (content type UUID, toggles, label) and content boxes.
 */
final class Jumbf {
    /** The C2PA content types: a four-letter code followed by the ISO suffix. */
    static final byte[] STORE = type("c2pa");
    static final byte[] MANIFEST = type("c2ma");
    static final byte[] ASSERTIONS = type("c2as");
    static final byte[] CLAIM = type("c2cl");
    static final byte[] SIGNATURE = type("c2cs");
    static final byte[] CBOR = type("cbor");

    /** Toggles: requestable, label present. */
    private static final int TOGGLES = 0x03;

    private Jumbf() {}

    private static byte[] type(String code) {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.put(code.getBytes(StandardCharsets.US_ASCII));
        b.put(new byte[] {0x00, 0x11, 0x00, 0x10, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00,
            0x38, (byte) 0x9B, 0x71});
        return b.array();
    }

    /** A superbox: {@code jumb} header, then its payload (see {@link #payload}). */
    static byte[] superbox(byte[] type, String label, byte[]... contents) {
        return box("jumb", payload(type, label, contents));
    }

    /**
     * What a superbox holds: the description box and the content boxes. C2PA hashes this,
     * without the superbox's own header, when a claim refers to an assertion.
     */
    static byte[] payload(byte[] type, String label, byte[]... contents) {
        ByteArrayOutputStream description = new ByteArrayOutputStream();
        description.writeBytes(type);
        description.write(TOGGLES);
        description.writeBytes(label.getBytes(StandardCharsets.UTF_8));
        description.write(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(box("jumd", description.toByteArray()));
        for (byte[] c : contents) out.writeBytes(c);
        return out.toByteArray();
    }

    /** An ISO BMFF box: 32-bit size, four-letter type, payload. */
    static byte[] box(String type, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putInt(8 + payload.length);
        b.put(type.getBytes(StandardCharsets.US_ASCII));
        b.put(payload);
        return b.array();
    }

    /** A superbox read back: its label, content type, payload and children. */
    record Node(String label, byte[] type, byte[] payload, List<Node> children,
            List<byte[]> contents) {
        Optional<Node> child(String childLabel) {
            return children.stream().filter(n -> n.label.equals(childLabel)).findFirst();
        }

        Optional<Node> childOfType(byte[] childType) {
            return children.stream().filter(n -> java.util.Arrays.equals(n.type, childType))
                    .reduce((first, second) -> second); // the last one: the active manifest
        }
    }

    /**
     * Reads the superbox at the start of {@code bytes}.
     *
     * @throws IllegalArgumentException when it is not a well-formed JUMBF superbox
     */
    static Node read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        Node n = readSuperbox(b);
        if (n == null) throw new IllegalArgumentException("not a JUMBF superbox");
        return n;
    }

    private static Node readSuperbox(ByteBuffer b) {
        int start = b.position();
        long size = Integer.toUnsignedLong(b.getInt());
        String kind = fourCc(b);
        if (!kind.equals("jumb") || size < 8 || start + size > b.limit()) return null;
        int end = (int) (start + size);
        byte[] payload = new byte[end - b.position()];
        b.get(b.position(), payload);
        long dSize = Integer.toUnsignedLong(b.getInt());
        if (!fourCc(b).equals("jumd") || dSize < 25 || b.position() - 8 + dSize > end) {
            throw new IllegalArgumentException("JUMBF superbox without a description box");
        }
        int dEnd = (int) (b.position() - 8 + dSize);
        byte[] type = new byte[16];
        b.get(type);
        int toggles = b.get() & 0xFF;
        String label = "";
        if ((toggles & 0x02) != 0) {
            int from = b.position();
            int zero = from;
            while (zero < dEnd && b.get(zero) != 0) zero++;
            byte[] text = new byte[zero - from];
            b.get(from, text);
            label = new String(text, StandardCharsets.UTF_8);
        }
        b.position(dEnd);
        List<Node> children = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        while (b.position() + 8 <= end) {
            int at = b.position();
            long s = Integer.toUnsignedLong(b.getInt(at));
            if (s < 8 || at + s > end) throw new IllegalArgumentException("JUMBF box overruns");
            if (fourCc(b, at + 4).equals("jumb")) {
                children.add(readSuperbox(b));
            } else {
                byte[] content = new byte[(int) s - 8];
                b.get(at + 8, content);
                contents.add(content);
            }
            b.position((int) (at + s));
        }
        b.position(end);
        return new Node(label, type, payload, List.copyOf(children), List.copyOf(contents));
    }

    private static String fourCc(ByteBuffer b) {
        String s = fourCc(b, b.position());
        b.position(b.position() + 4);
        return s;
    }

    private static String fourCc(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        b.get(at, t);
        return new String(t, StandardCharsets.ISO_8859_1);
    }
}
