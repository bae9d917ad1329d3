package org.activemm.tree;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The stat data of a git index (versions 2 to 4), read straight from the file:
 * JGit's DirCache builds an object per entry and verifies the checksum, which
 * costs a third of a second on a kernel index, several times the cost of
 * walking a commit's tree; only sizes, times, modes and blob ids are needed here.
 * Entries are sorted by path bytes, so a file's entry is found by binary search.
 */
final class GitIndex {
    private static final int STAT_BYTES = 40;
    private static final int EXTENDED = 0x4000;
    private static final int SKIP_WORKTREE = 0x4000;

    private final byte[] data;
    /** Where each entry's fixed fields start. */
    private final int[] entries;
    private final byte[][] paths;

    private GitIndex(byte[] data, int[] entries, byte[][] paths) {
        this.data = data;
        this.entries = entries;
        this.paths = paths;
    }

    /** The index, or empty when it is absent or in a form this reader does not know (then nothing is trusted). */
    static Optional<GitIndex> read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<GitIndex> parse(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        if (in.getInt() != 0x44495243) { // "DIRC"
            return Optional.empty();
        }
        int version = in.getInt();
        int count = in.getInt();
        if (version < 2 || version > 4 || count < 0) {
            return Optional.empty();
        }
        int[] entries = new int[count];
        byte[][] paths = new byte[count][];
        byte[] previous = new byte[0];
        int pos = 12;
        for (int i = 0; i < count; i++) {
            entries[i] = pos;
            int flags = Short.toUnsignedInt(in.getShort(pos + STAT_BYTES + 20));
            int nameStart = pos + STAT_BYTES + 22 + ((flags & EXTENDED) != 0 ? 2 : 0);
            int nameEnd;
            if (version == 4) {
                // the path is the previous one less N trailing bytes, plus a NUL-terminated suffix
                int strip = 0;
                int b;
                int p = nameStart;
                do {
                    b = data[p++] & 0xff;
                    strip = (strip << 7) | (b & 0x7f);
                    if ((b & 0x80) != 0) {
                        strip++;
                    }
                } while ((b & 0x80) != 0);
                nameEnd = indexOf0(data, p);
                byte[] path = Arrays.copyOf(previous, previous.length - strip + (nameEnd - p));
                System.arraycopy(data, p, path, previous.length - strip, nameEnd - p);
                paths[i] = path;
                pos = nameEnd + 1;
            } else {
                nameEnd = indexOf0(data, nameStart);
                paths[i] = Arrays.copyOfRange(data, nameStart, nameEnd);
                // entries are NUL-padded to a multiple of eight bytes
                pos += ((nameEnd - pos) + 8) & ~7;
            }
            previous = paths[i];
        }
        return Optional.of(new GitIndex(data, entries, paths));
    }

    private static int indexOf0(byte[] data, int from) {
        int p = from;
        while (data[p] != 0) {
            p++;
        }
        return p;
    }

    /** How many entries the index has (a path in conflict has one per stage). */
    int size() {
        return entries.length;
    }

    /** The entry's path, as git stores it (UTF-8). */
    String path(int entry) {
        return new String(paths[entry], StandardCharsets.UTF_8);
    }

    /** Whether this is the path's first entry (a path in conflict has one entry per stage, sorted by stage). */
    boolean firstOfPath(int entry) {
        return entry == 0 || !Arrays.equals(paths[entry - 1], paths[entry]);
    }

    int ctimeSeconds(int entry) {
        return ByteBuffer.wrap(data).getInt(entries[entry]);
    }

    int ctimeNanos(int entry) {
        return ByteBuffer.wrap(data).getInt(entries[entry] + 4);
    }

    int device(int entry) {
        return ByteBuffer.wrap(data).getInt(entries[entry] + 16);
    }

    int inode(int entry) {
        return ByteBuffer.wrap(data).getInt(entries[entry] + 20);
    }

    int mtimeSeconds(int entry) {
        return ByteBuffer.wrap(data).getInt(entries[entry] + 8);
    }

    int mtimeNanos(int entry) {
        return ByteBuffer.wrap(data).getInt(entries[entry] + 12);
    }

    int mode(int entry) {
        return ByteBuffer.wrap(data).getInt(entries[entry] + 24);
    }

    /** Size in bytes, truncated to 32 bits as git stores it. */
    long size(int entry) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(data).getInt(entries[entry] + 36));
    }

    /** Merge stage (0 when not in conflict). */
    int stage(int entry) {
        return (Short.toUnsignedInt(ByteBuffer.wrap(data).getShort(entries[entry] + STAT_BYTES + 20)) >> 12) & 3;
    }

    boolean skipWorkTree(int entry) {
        int at = entries[entry] + STAT_BYTES + 20;
        ByteBuffer in = ByteBuffer.wrap(data);
        return (in.getShort(at) & EXTENDED) != 0 && (in.getShort(at + 2) & SKIP_WORKTREE) != 0;
    }

    boolean names(int entry, AnyObjectId blob) {
        return blob.compareTo(data, entries[entry] + STAT_BYTES) == 0;
    }

    /** The entry's blob id. */
    ObjectId blobId(int entry) {
        return ObjectId.fromRaw(data, entries[entry] + STAT_BYTES);
    }

    /** The entry with exactly this path (the first, if the path is in conflict), or -1. */
    int find(byte[] path) {
        int low = 0;
        int high = paths.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Arrays.compareUnsigned(paths[middle], path);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                while (middle > 0 && Arrays.equals(paths[middle - 1], path)) {
                    middle--;
                }
                return middle;
            }
        }
        return -1;
    }
}
