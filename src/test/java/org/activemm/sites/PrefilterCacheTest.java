package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefilterCacheTest {
    private static final String A = "00000000000000000000000000000000000000aa";
    private static final String B = "ff000000000000000000000000000000000000bb";
    private static final String C = "7f000000000000000000000000000000000000cc";

    @TempDir
    Path dir;

    private static ObjectId id(String hex) {
        return ObjectId.fromString(hex);
    }

    private Path file() {
        return dir.resolve(PrefilterCache.FILE_NAME);
    }

    private PrefilterCache saved(String... idsThenBits) {
        PrefilterCache cache = PrefilterCache.load(file());
        for (int i = 0; i < idsThenBits.length; i += 2) {
            cache.learn(id(idsThenBits[i]), Integer.parseInt(idsThenBits[i + 1]));
        }
        cache.save();
        return PrefilterCache.load(file());
    }

    @Test
    void theFileIsAVersionedHeaderSortedEntriesAndAChecksum() throws IOException {
        saved(B, "1", A, "3", C, "4");
        byte[] data = Files.readAllBytes(file());
        ByteBuffer in = ByteBuffer.wrap(data);
        assertEquals("AMPC", new String(data, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, in.getInt(4), "format version");
        assertEquals(1, in.getInt(8), "verdicts version");
        assertEquals(3, in.getInt(12), "entries");
        assertEquals(16 + 3 * 21 + 4, data.length);
        HexFormat hex = HexFormat.of();
        assertEquals(A, hex.formatHex(data, 16, 36));
        assertEquals(3, data[36]);
        assertEquals(C, hex.formatHex(data, 37, 57), "sorted by unsigned id bytes: 7f before ff");
        assertEquals(4, data[57]);
        assertEquals(B, hex.formatHex(data, 58, 78));
        assertEquals(1, data[78]);
        CRC32 crc = new CRC32();
        crc.update(data, 16, 63);
        assertEquals((int) crc.getValue(), in.getInt(79));
    }

    @Test
    void verdictsSurviveASaveAndMergeWithLaterOnes() {
        PrefilterCache first = saved(A, "1", B, "3");
        assertEquals(1, first.verdict(id(A)));
        assertEquals(3, first.verdict(id(B)));
        assertEquals(0, first.verdict(id(C)), "unknown blob");

        // the same blob seen later as assembly: both answers are kept
        PrefilterCache second = saved(A, "12", C, "5");
        assertEquals(13, second.verdict(id(A)));
        assertEquals(3, second.verdict(id(B)));
        assertEquals(5, second.verdict(id(C)));
    }

    @Test
    void nothingIsWrittenWhenNothingWasLearned() throws IOException {
        saved(A, "1");
        Files.setLastModifiedTime(file(), java.nio.file.attribute.FileTime.fromMillis(0));
        PrefilterCache cache = PrefilterCache.load(file());
        cache.learn(id(A), 1); // already known
        cache.save();
        assertEquals(0, Files.getLastModifiedTime(file()).toMillis());
    }

    @Test
    void aTruncatedCorruptOrForeignFileReadsAsEmpty() throws IOException {
        saved(A, "1", B, "3");
        byte[] good = Files.readAllBytes(file());
        for (int length : new int[] {0, 3, 16, good.length - 1}) {
            Files.write(file(), Arrays.copyOf(good, length));
            assertEquals(0, PrefilterCache.load(file()).verdict(id(A)), "truncated to " + length);
        }
        byte[] flipped = good.clone();
        flipped[36] ^= 2; // A's verdict byte
        Files.write(file(), flipped);
        assertEquals(0, PrefilterCache.load(file()).verdict(id(A)), "checksum mismatch");

        byte[] newer = good.clone();
        newer[7] = 2; // format version 2
        Files.write(file(), newer);
        assertEquals(0, PrefilterCache.load(file()).verdict(id(A)), "unknown format version");

        byte[] otherVerdicts = good.clone();
        otherVerdicts[11] = 9;
        Files.write(file(), otherVerdicts);
        assertEquals(0, PrefilterCache.load(file()).verdict(id(A)), "verdicts of another prefilter");

        Files.writeString(file(), "not a cache at all, just some text long enough to pass the length check\n");
        assertEquals(0, PrefilterCache.load(file()).verdict(id(A)));

        // and a damaged file is replaced by a good one on the next save
        assertEquals(1, saved(A, "1").verdict(id(A)));
    }

    @Test
    void aDirectoryInsteadOfTheFileOrAnUnwritableDirectoryIsNoFailure() throws IOException {
        Files.createDirectories(file());
        PrefilterCache cache = PrefilterCache.load(file());
        cache.learn(id(A), 1);
        cache.save();
        assertTrue(Files.isDirectory(file()));

        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        assumeTrue(locked.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as a user who can write anywhere");
            PrefilterCache unwritable = PrefilterCache.load(locked.resolve("sub").resolve(PrefilterCache.FILE_NAME));
            unwritable.learn(id(A), 1);
            unwritable.save();
            assertFalse(Files.exists(locked.resolve("sub")));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theDisabledCacheKnowsAndKeepsNothing() {
        PrefilterCache disabled = PrefilterCache.disabled();
        disabled.learn(id(A), 1);
        assertEquals(0, disabled.verdict(id(A)));
        assertFalse(disabled.enabled());
    }

    @Test
    void pastTheBoundAWriteStartsAfreshWithWhatWasLearned() throws IOException {
        // a file that claims the bound is full: valid header, MAX_ENTRIES entries, checksum over them
        int n = PrefilterCache.MAX_ENTRIES;
        ByteBuffer out = ByteBuffer.allocate(16 + n * 21 + 4);
        out.putInt(PrefilterCache.MAGIC).putInt(PrefilterCache.FORMAT).putInt(PrefilterCache.VERDICTS).putInt(n);
        for (int i = 0; i < n; i++) {
            out.position(16 + i * 21);
            out.putInt(i); // ids 00000000.., 00000001.., in order
            out.position(16 + i * 21 + 20);
            out.put((byte) 1);
        }
        CRC32 crc = new CRC32();
        crc.update(out.array(), 16, n * 21);
        out.position(16 + n * 21);
        out.putInt((int) crc.getValue());
        Files.write(file(), out.array());
        PrefilterCache full = PrefilterCache.load(file());
        assertEquals(1, full.verdict(id("0000000100000000000000000000000000000000")));

        full.learn(id(B), 3);
        full.save();
        PrefilterCache afresh = PrefilterCache.load(file());
        assertEquals(3, afresh.verdict(id(B)));
        assertEquals(0, afresh.verdict(id("0000000100000000000000000000000000000000")));
        assertEquals(16 + 21 + 4, Files.size(file()));
    }

    @Test
    void theDirectoryComesFromTheEnvironmentThenXdgThenHome() {
        assertEquals(Path.of("/c/own"), PrefilterCache.directory(
                Map.of("ACTIVEMM_CACHE_DIR", "/c/own", "XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/x/activemm"), PrefilterCache.directory(
                Map.of("ACTIVEMM_CACHE_DIR", "", "XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/activemm"), PrefilterCache.directory(Map.of(), "/home/u"));
    }
}
