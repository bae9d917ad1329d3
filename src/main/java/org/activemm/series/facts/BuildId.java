package org.activemm.series.facts;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Which build of activemm is running: the size and time of its jar, or of
 * every class file when it runs from a classes directory. Cached facts
 * carry it, since a rule changed by a rebuild may judge the same files
 * differently; the version number alone would not change with it.
 */
final class BuildId {
    private static String current;

    private BuildId() {
    }

    static synchronized String current() {
        if (current == null) {
            current = of(codeLocation());
        }
        return current;
    }

    private static Path codeLocation() {
        try {
            return Path.of(BuildId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    static String of(Path code) {
        if (code == null) {
            return "unknown";
        }
        CRC32 crc = new CRC32();
        try (Stream<Path> files = Files.isDirectory(code) ? Files.walk(code) : Stream.of(code)) {
            files.filter(p -> Files.isDirectory(code) ? p.toString().endsWith(".class") : true).sorted()
                    .forEach(p -> add(crc, code.relativize(p).toString(), p));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return Long.toHexString(crc.getValue());
    }

    private static void add(CRC32 crc, String name, Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            crc.update((name + " " + attrs.size() + " " + attrs.lastModifiedTime().toMillis() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
        }
    }
}
