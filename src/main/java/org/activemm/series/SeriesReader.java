package org.activemm.series;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.InputException;

/**
 * Reads a series from what the user named: directories of
 * {@code git format-patch} files (their {@code .patch}, {@code .mbox} and
 * {@code .eml} files, by name), and files holding one mail or a whole mbox.
 * Replies ({@code Re: [PATCH ...]}) that a thread saved from lore holds are
 * review, not patches, and are left out as b4 leaves them out.
 */
public final class SeriesReader {
    private SeriesReader() {
    }

    /** @throws InputException naming the path when it does not exist, or holds no mail with a diff */
    public static PatchSeries read(List<Path> inputs) {
        List<PatchMail> mails = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : files(input)) {
                readFile(file, mails);
            }
        }
        if (mails.stream().noneMatch(PatchMail::hasDiff)) {
            throw new InputException("no patch in " + String.join(" ", inputs.stream().map(Path::toString).toList()));
        }
        return PatchSeries.of(inputs.size() == 1 ? inputs.get(0).toString() : inputs.toString(), mails, false);
    }

    private static List<Path> files(Path input) {
        if (Files.isDirectory(input)) {
            try (Stream<Path> list = Files.list(input)) {
                return list.filter(p -> Files.isRegularFile(p) && isMailName(p.getFileName().toString()))
                        .sorted().toList();
            } catch (IOException e) {
                throw new InputException("cannot read " + input + ": " + e.getMessage(), e);
            }
        }
        if (!Files.isRegularFile(input)) {
            throw new InputException("no such series: " + input);
        }
        return List.of(input);
    }

    private static boolean isMailName(String name) {
        return name.endsWith(".patch") || name.endsWith(".mbox") || name.endsWith(".eml");
    }

    /**
     * A file whose every line ends in {@code \r\n} was saved by a mailer or
     * archive that writes DOS line ends: the {@code \r} is the transport's,
     * and git am drops it. A patch that adds DOS line ends to some lines
     * keeps them, for AMC005 to see.
     */
    private static List<String> withoutTransportCr(List<String> lines) {
        if (lines.isEmpty() || !lines.stream().allMatch(l -> l.endsWith("\r"))) {
            return lines;
        }
        return lines.stream().map(MailParser::stripCr).toList();
    }

    private static void readFile(Path file, List<PatchMail> mails) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        for (MboxSplitter.Part part : MboxSplitter.split(withoutTransportCr(MailParser.lines(content)))) {
            PatchMail mail = MailParser.parse(name, part.start() + 1, mails.size(), part.lines());
            if (!mail.isReply()) {
                mails.add(mail);
            }
        }
    }
}
