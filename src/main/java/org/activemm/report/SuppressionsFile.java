package org.activemm.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

import org.activemm.DidYouMean;
import org.activemm.InputException;
import org.activemm.sites.rules.Rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * The suppressions file, TOML (by default {@code .activemm} at the kernel's root):
 * <pre>
 * [[suppress]]
 * path = "arch/x86/platform/efi/efi_64.c"
 * function = "efi_switch_mm"     # optional: every function when absent
 * rule = "AMM007"
 * reason = "EFI runtime services keep their own mm until the EFI series lands"
 * </pre>
 * Unknown keys, entries without path, rule or reason, a path that is not a
 * glob and an unknown rule are input errors: a misspelt key or rule must not
 * silently suppress nothing, nor a reason go missing, nor a bad glob fail only
 * when a finding meets it.
 */
public final class SuppressionsFile {
    private static final TomlMapper TOML = TomlMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private record Document(@JsonProperty("suppress") List<Suppression> suppress) {
    }

    private SuppressionsFile() {
    }

    public static List<Suppression> read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new InputException("cannot read suppressions file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The entries of a file's text; {@code origin} names it in errors. */
    public static List<Suppression> parse(String origin, String text) {
        Document doc;
        try {
            doc = TOML.readValue(text, Document.class);
        } catch (JsonProcessingException e) {
            throw new InputException(origin + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        List<Suppression> entries = doc == null || doc.suppress() == null ? List.of() : doc.suppress();
        List<String> rules = Rules.all().stream().map(r -> r.info().id()).toList();
        List<Suppression> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Suppression s = entries.get(i);
            if (blank(s.path()) || blank(s.rule()) || blank(s.reason())) {
                throw new InputException(origin + ": suppression " + (i + 1) + " needs path, rule and reason");
            }
            try {
                s.glob();
            } catch (PatternSyntaxException e) {
                throw new InputException(origin + ": suppression " + (i + 1) + ": path '" + s.path()
                        + "' is not a glob: " + e.getDescription(), e);
            }
            // ids in any case, as --rule and --ignore take them
            String rule = s.rule().trim().toUpperCase(Locale.ROOT);
            if (!rules.contains(rule)) {
                throw new InputException(origin + ": suppression " + (i + 1) + ": unknown rule '" + s.rule() + "'"
                        + DidYouMean.hint(rule, rules));
            }
            checked.add(new Suppression(s.path(), s.function(), rule, s.reason()));
        }
        return List.copyOf(checked);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
