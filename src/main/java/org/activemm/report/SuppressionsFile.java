package org.activemm.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

import org.activemm.DidYouMean;
import org.activemm.InputException;
import org.activemm.sites.rules.Rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
 * glob or not from the root, and an unknown rule are input errors: a misspelt key or rule must not
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
        } catch (UnrecognizedPropertyException e) {
            // TOML is bound from a tree, so the entry's number says where, not a line
            int entry = e.getPath().stream().mapToInt(JsonMappingException.Reference::getIndex).filter(i -> i >= 0)
                    .findFirst().orElse(-1);
            throw new InputException(origin + (entry < 0 ? "" : ": suppression " + (entry + 1)) + ": unknown key '"
                    + e.getPropertyName() + "' (known: "
                    + String.join(", ", Suppression.KEYS) + ")", e);
        } catch (JsonProcessingException e) {
            throw new InputException(origin + at(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        List<Suppression> entries = doc == null || doc.suppress() == null ? List.of() : doc.suppress();
        List<String> rules = Rules.all().stream().map(r -> r.info().id()).toList();
        List<Suppression> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            checked.add(checked(origin + ": suppression " + (i + 1), entries.get(i), rules));
        }
        return List.copyOf(checked);
    }

    /** The entry with its rule id upper-cased, or an input error that {@code where} names. */
    private static Suppression checked(String where, Suppression s, List<String> rules) {
        if (blank(s.path()) || blank(s.rule()) || blank(s.reason())) {
            throw new InputException(where + " needs path, rule and reason");
        }
        // finding paths are from the root, with no . or .. in them: such an entry would match nothing
        if (s.path().startsWith("/") || Arrays.stream(s.path().split("/"))
                .anyMatch(part -> part.equals(".") || part.equals(".."))) {
            throw new InputException(where + ": path '" + s.path()
                    + "' is not from the kernel's root (kernel/fork.c, arch/x86/**)");
        }
        try {
            s.glob();
        } catch (PatternSyntaxException e) {
            throw new InputException(where + ": path '" + s.path() + "' is not a glob: " + e.getDescription(), e);
        }
        // ids in any case, as --rule and --ignore take them
        String rule = s.rule().trim().toUpperCase(Locale.ROOT);
        if (!rules.contains(rule)) {
            throw new InputException(where + ": unknown rule '" + s.rule() + "'" + DidYouMean.hint(rule, rules));
        }
        return new Suppression(s.path(), s.function(), rule, s.reason());
    }

    /** {@code :LINE} where the parser stopped, when it knows. */
    private static String at(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : ":" + e.getLocation().getLineNr();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
