package org.activemm.sites;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The prefilter's verdicts on blobs it has seen, keyed by git blob id, so a
 * later scan of any tree or revision skips a known non-candidate without
 * reading or inflating it. A verdict is a fact about the bytes, whatever the
 * path, revision or scheme. Safe to delete: a missing, truncated, corrupt or
 * foreign file reads as an empty cache, and a file that cannot be written is
 * not written.
 *
 * <p>File format: magic {@code AMPC}, format version, verdicts version, entry
 * count (big-endian ints), then the entries sorted by id (20 id bytes and one
 * verdict byte each), then the CRC-32 of the entries.
 */
public final class PrefilterCache {
    /** The cache file's name in the cache directory. */
    public static final String FILE_NAME = "prefilter-verdicts.bin";
    static final int MAGIC = 0x414d5043; // "AMPC"
    static final int FORMAT = 1;
    /** Bump when the prefilter's needles or the assembly hints change: old verdicts would be wrong. */
    static final int VERDICTS = 1;
    static final int HEADER = 16;
    static final int ID = 20;
    static final int ENTRY = ID + 1;
    /** Past this many entries the next write starts afresh with what this scan learned (~42 MB). */
    static final int MAX_ENTRIES = 2_000_000;

    /** Verdict bits: which questions were asked about the bytes, and their answers. */
    static final int C_CHECKED = 1;
    static final int C_MAY_HOLD_SITE = 2;
    static final int ASM_CHECKED = 4;
    static final int ASM_HAS_HINT = 8;
    static final int ASM_HAS_MEMBER = 16;

    private static final PrefilterCache DISABLED = new PrefilterCache(null, new byte[0], 0);

    private final Path file;
    /** The loaded entries, sorted by id. */
    private final byte[] entries;
    private final int count;
    private final Map<ObjectId, Integer> learned = new ConcurrentHashMap<>();

    private PrefilterCache(Path file, byte[] entries, int count) {
        this.file = file;
        this.entries = entries;
        this.count = count;
    }

    /** A cache that knows nothing, learns nothing and writes nothing ({@code --no-cache}). */
    public static PrefilterCache disabled() {
        return DISABLED;
    }

    /** The cache stored in this file; empty when the file is absent or cannot be trusted. */
    public static PrefilterCache load(Path file) {
        try {
            byte[] data = Files.readAllBytes(file);
            int count = validCount(data);
            if (count >= 0) {
                return new PrefilterCache(file, Arrays.copyOfRange(data, HEADER, HEADER + count * ENTRY), count);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: start empty
        }
        return new PrefilterCache(file, new byte[0], 0);
    }

    /**
     * The cache directory: {@code $ACTIVEMM_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/activemm}, else {@code ~/.cache/activemm}.
     */
    public static Path directory(Map<String, String> env, String userHome) {
        String own = env.get("ACTIVEMM_CACHE_DIR");
        if (own != null && !own.isEmpty()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "activemm");
        }
        return Path.of(userHome, ".cache", "activemm");
    }

    /** The cache in its usual place ({@link #directory}), as every command that scans loads it. */
    public static PrefilterCache loadDefault() {
        return load(directory(System.getenv(), System.getProperty("user.home")).resolve(FILE_NAME));
    }

    /** The entry count when the header, length and checksum agree, else -1. */
    private static int validCount(byte[] data) {
        if (data.length < HEADER + 4) {
            return -1;
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        int count = in.getInt(12);
        if (in.getInt(0) != MAGIC || in.getInt(4) != FORMAT || in.getInt(8) != VERDICTS
                || count < 0 || count > MAX_ENTRIES || data.length != HEADER + (long) count * ENTRY + 4) {
            return -1;
        }
        CRC32 crc = new CRC32();
        crc.update(data, HEADER, count * ENTRY);
        return (int) crc.getValue() == in.getInt(HEADER + count * ENTRY) ? count : -1;
    }

    boolean enabled() {
        return this != DISABLED;
    }

    /** The verdict bits recorded for a blob (0 when nothing is known). */
    int verdict(ObjectId blobId) {
        Integer fresh = learned.get(blobId);
        int bits = fresh == null ? 0 : fresh;
        int at = count == 0 ? -1 : find(blobId);
        return at < 0 ? bits : bits | entries[at * ENTRY + ID];
    }

    /** Records what the prefilter found in a blob's bytes; a no-op for the disabled cache. */
    void learn(ObjectId blobId, int bits) {
        if (!enabled()) {
            return;
        }
        int known = verdict(blobId);
        if ((known | bits) != known) {
            learned.merge(blobId, bits, (a, b) -> a | b);
        }
    }

    private int find(AnyObjectId id) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = -id.compareTo(entries, middle * ENTRY);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /**
     * Writes the cache back when this scan learned something, atomically (a
     * temporary file moved over the old one); a directory that cannot be
     * written is left alone.
     */
    void save() {
        if (!enabled() || learned.isEmpty()) {
            return;
        }
        byte[] merged = merged();
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.write(temp, merged);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
        }
    }

    /** The file's bytes: the loaded entries and the learned ones, sorted (only the learned past the bound). */
    byte[] merged() {
        List<byte[]> fresh = new ArrayList<>(learned.size());
        learned.forEach((id, bits) -> {
            byte[] entry = new byte[ENTRY];
            id.copyRawTo(entry, 0);
            entry[ID] = (byte) (int) bits;
            fresh.add(entry);
        });
        fresh.sort((a, b) -> Arrays.compareUnsigned(a, 0, ID, b, 0, ID));
        boolean keepOld = (long) count + fresh.size() <= MAX_ENTRIES;
        int old = keepOld ? count : 0;
        ByteBuffer out = ByteBuffer.allocate(HEADER + (old + fresh.size()) * ENTRY + 4);
        out.position(HEADER);
        int i = 0;
        int j = 0;
        int written = 0;
        while (i < old || j < fresh.size()) {
            int order = i == old ? 1 : j == fresh.size() ? -1
                    : Arrays.compareUnsigned(entries, i * ENTRY, i * ENTRY + ID, fresh.get(j), 0, ID);
            if (order < 0) {
                out.put(entries, i * ENTRY, ENTRY);
                i++;
            } else if (order > 0) {
                out.put(fresh.get(j));
                j++;
            } else {
                out.put(entries, i * ENTRY, ID).put((byte) (entries[i * ENTRY + ID] | fresh.get(j)[ID]));
                i++;
                j++;
            }
            written++;
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), HEADER, written * ENTRY);
        out.putInt((int) crc.getValue());
        out.putInt(0, MAGIC).putInt(4, FORMAT).putInt(8, VERDICTS).putInt(12, written);
        return Arrays.copyOf(out.array(), out.position());
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
