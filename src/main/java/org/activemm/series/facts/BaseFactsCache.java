package org.activemm.series.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteRule;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The facts of base trees that {@code activemm check} read before, one
 * file per {@link FactsKey} in {@code check-facts/} of the cache directory,
 * so that checking a series again on the same base reads only the files its
 * patches touch, and a new base only the paths where it differs from the
 * nearest of them ({@link NearestBase}). Safe to delete. A file that is not a
 * regular file, too large, truncated or otherwise corrupt is ignored with a
 * note, and the base is read again; the newest {@value #KEPT} files are kept.
 *
 * <p>File format: one header line {@code AMCF <format> <crc32 of the rest, hex> <key>},
 * then the {@link BaseFacts} as JSON.
 */
public final class BaseFactsCache {
    static final String DIRECTORY = "check-facts";
    static final String MAGIC = "AMCF";
    /** Bump when {@link BaseFacts} changes shape. */
    static final int FORMAT = 5;
    static final int KEPT = 8;
    /** A kernel's facts take about 1 MiB; anything far larger is not ours. */
    static final long LARGEST = 64L << 20;
    /** The header line: magic, format, checksum, key (a commit, a directory, arches and a build id). */
    private static final int LONGEST_HEADER = 4096;

    private static final BaseFactsCache DISABLED = new BaseFactsCache(null, note -> { });
    /**
     * Record components only: a finding's {@code isNote()} repeats its {@code note}. A finding's rule
     * is stored as its id and read back as the rule object.
     */
    private static final ObjectMapper JSON = JsonMapper.builder().disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .addModule(new SimpleModule("rules").addSerializer(SiteRule.class, new JsonSerializer<>() {
                @Override
                public void serialize(SiteRule rule, JsonGenerator out, SerializerProvider provider) throws IOException {
                    out.writeString(rule.info().id());
                }
            }).addDeserializer(SiteRule.class, new JsonDeserializer<>() {
                @Override
                public SiteRule deserialize(JsonParser in, DeserializationContext context) throws IOException {
                    return Rules.byId(in.getValueAsString());
                }
            }))
            .build();

    private final Path directory;
    private final Consumer<String> notes;

    private BaseFactsCache(Path directory, Consumer<String> notes) {
        this.directory = directory;
        this.notes = notes;
    }

    /** A cache in {@code cacheDirectory}/check-facts; {@code notes} hears of files it had to ignore. */
    public static BaseFactsCache in(Path cacheDirectory, Consumer<String> notes) {
        return new BaseFactsCache(cacheDirectory.resolve(DIRECTORY), notes);
    }

    /** A cache that finds nothing and stores nothing ({@code --no-cache}). */
    public static BaseFactsCache disabled() {
        return DISABLED;
    }

    /** The facts stored for this key, if a sound file holds them. */
    public Optional<BaseFacts> load(FactsKey key) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = directory.resolve(key.fileName());
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile() || attrs.size() > LARGEST) {
                notes.accept("ignored the check cache " + file + ": not a regular file of at most " + LARGEST
                        + " bytes");
                return Optional.empty();
            }
            byte[] data;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                data = in.readNBytes((int) LARGEST + 1); // bounded: the file may have grown since
            }
            Optional<BaseFacts> facts = parse(data, key);
            if (facts.isEmpty()) {
                notes.accept("ignored the check cache " + file + ": corrupt or from another build; the base is read again");
            }
            return facts;
        } catch (IOException e) {
            return Optional.empty(); // absent or unreadable: a first check of this base
        }
    }

    /**
     * The keys of the facts stored for other commits with the same directory,
     * scheme, arches and build as {@code key}, read from each file's header
     * line; a file whose header is not one this build writes is left out.
     */
    public List<FactsKey> otherCommits(FactsKey key) {
        if (directory == null) {
            return List.of();
        }
        String rest = key.text().substring(key.commit().length());
        List<FactsKey> keys = new ArrayList<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".facts")).sorted().toList()) {
                String[] header = headerLine(file).split(" ", 4);
                if (header.length == 4 && header[0].equals(MAGIC) && header[1].equals(Integer.toString(FORMAT))
                        && header[3].endsWith(rest)) {
                    String commit = header[3].substring(0, header[3].length() - rest.length());
                    if (ObjectId.isId(commit) && !commit.equals(key.commit())) {
                        keys.add(new FactsKey(commit, key.directory(), key.scheme(), key.arches(), key.build()));
                    }
                }
            }
        } catch (IOException e) {
            return List.of(); // no cache directory yet
        }
        return keys;
    }

    /** A file's first line, at most {@value #LONGEST_HEADER} bytes of it; empty when it is not a regular file. */
    private static String headerLine(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return ""; // opening a FIFO would block
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] start = in.readNBytes(LONGEST_HEADER);
            int newline = indexOf(start, (byte) '\n');
            return newline < 0 ? "" : new String(start, 0, newline, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<BaseFacts> parse(byte[] data, FactsKey key) {
        int newline = indexOf(data, (byte) '\n');
        if (newline < 0) {
            return Optional.empty();
        }
        String[] header = new String(data, 0, newline, StandardCharsets.UTF_8).split(" ", 4);
        if (header.length != 4 || !header[0].equals(MAGIC) || !header[1].equals(Integer.toString(FORMAT))
                || !header[3].equals(key.text())) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(data, newline + 1, data.length - newline - 1);
        if (!header[2].equals(Long.toHexString(crc.getValue()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Arrays.copyOfRange(data, newline + 1, data.length), BaseFacts.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores the facts, atomically (a temporary file moved into place), and
     * drops the oldest files past {@value #KEPT}. A failure is only a note,
     * since the cache only saves time, but a note: silent, it would make every
     * check walk the whole base again with nobody knowing why.
     */
    public void store(FactsKey key, BaseFacts facts) {
        if (directory == null) {
            return;
        }
        Path temp = null;
        try {
            byte[] body = JSON.writeValueAsBytes(facts);
            CRC32 crc = new CRC32();
            crc.update(body);
            byte[] header = (MAGIC + " " + FORMAT + " " + Long.toHexString(crc.getValue()) + " " + key.text() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, key.fileName(), ".tmp");
            try (var out = Files.newOutputStream(temp)) {
                out.write(header);
                out.write(body);
            }
            Files.move(temp, directory.resolve(key.fileName()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            dropOldest();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            notes.accept("could not store the check cache in " + directory + " (" + e + "); the next check reads the"
                    + " base again");
        }
    }

    private void dropOldest() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".facts"))
                    .sorted(Comparator.comparing(BaseFactsCache::modified).reversed()).toList();
        }
        for (Path old : files.subList(Math.min(KEPT, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray temporary file in a cache directory harms nothing
            }
        }
    }
}
