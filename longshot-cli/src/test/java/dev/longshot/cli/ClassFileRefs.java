package dev.longshot.cli;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What one compiled class refers to, read from its constant pool: the classes, the members it
 * calls or reads ({@code owner.name}, owners as internal names like {@code a/b/C}) and every
 * string of the pool (names, descriptors, literals). Enough to tell who constructs what without
 * a bytecode library.
 *
 * @param name    internal name, e.g. {@code dev/longshot/cli/Main}
 * @param isPublic whether the class is declared public
 */
record ClassFileRefs(String name, boolean isPublic, Set<String> members, List<String> strings) {

    /** The package's internal name, e.g. {@code dev/longshot/cli}. */
    String packageName() {
        return name.substring(0, Math.max(0, name.lastIndexOf('/')));
    }

    /** True when any name, descriptor or literal of the pool names {@code internalName}. */
    boolean mentions(String internalName) {
        String dotted = internalName.replace('/', '.');
        return strings.stream().anyMatch(s -> s.contains(internalName) || s.contains(dotted));
    }

    /** Every class compiled into the directory or jar that holds {@code anyClass}. */
    static List<ClassFileRefs> allBeside(Class<?> anyClass) {
        try {
            Path where = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            List<ClassFileRefs> out = new ArrayList<>();
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        out.add(read(Files.readAllBytes(p)));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : jar.stream().toList()) {
                        if (!e.getName().endsWith(".class") || e.getName().contains("-info")) {
                            continue;
                        }
                        try (InputStream in = jar.getInputStream(e)) {
                            out.add(read(in.readAllBytes()));
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the constant pool of a class file (JVMS §4.4). */
    static ClassFileRefs read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        int[] tag = new int[count];
        int[] a = new int[count];
        int[] b = new int[count];
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two slots
                }
                case 7, 8, 16, 19, 20 -> a[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    a[i] = in.readUnsignedShort();
                    b[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    a[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("constant pool tag " + tag[i] + " unknown");
            }
        }
        int access = in.readUnsignedShort();
        String name = utf8[a[in.readUnsignedShort()]];
        Set<String> members = new HashSet<>();
        List<String> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == 1) strings.add(utf8[i]);
            if (tag[i] == 9 || tag[i] == 10 || tag[i] == 11) {
                String owner = utf8[a[a[i]]];
                String member = utf8[a[b[i]]];
                members.add(owner + "." + member);
            }
        }
        return new ClassFileRefs(name, Modifier.isPublic(access), members, strings);
    }
}
