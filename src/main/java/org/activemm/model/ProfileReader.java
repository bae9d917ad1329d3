package org.activemm.model;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.activemm.InputException;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Binds one profile file strictly and turns every problem into a one-line error naming the file and field. */
final class ProfileReader {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private ProfileReader() {
    }

    static List<ArchProfile> read(String fileName, InputStream in) {
        ProfileFile file;
        try (in) {
            file = MAPPER.readValue(in, ProfileFile.class);
        } catch (JsonProcessingException e) {
            throw new InputException(fileName + ": " + describe(e));
        } catch (IOException e) {
            throw new InputException(fileName + ": cannot read: " + e.getMessage());
        }
        return expand(fileName, file);
    }

    private static List<ArchProfile> expand(String fileName, ProfileFile f) {
        notNull(fileName, "", new String[] {"name", "describes", "remote_flush", "cpumask", "lazy_switch_on_flush",
            "exit_hook_switches_lazy", "pgtable_free", "record_diverges", "loaded_mm", "kconfig", "notes"},
                f.name(), f.describes(), f.remoteFlush(), f.cpumask(), f.lazySwitchOnFlush(),
                f.exitHookSwitchesLazy(), f.pgtableFree(), f.recordDiverges(), f.loadedMm(), f.kconfig(), f.notes());
        String expected = fileName.substring(fileName.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        require(f.name().equals(expected), fileName, "name", "is '" + f.name() + "' but the file is " + expected + ".json");
        require(NAME.matcher(f.name()).matches(), fileName, "name", "must be an arch/ folder name");
        requireNotes(fileName, "notes", f.notes());
        require(!f.kconfig().isBlank(), fileName, "kconfig", "must name the arch's Kconfig file");
        require(!f.describes().isBlank(), fileName, "describes", "must name the kernel the facts were checked on");
        requireDivergences(fileName, "record_diverges", f.recordDiverges());
        List<ArchProfile> out = new ArrayList<>();
        ArchProfile base = new ArchProfile(f.name(), f.name(), null, f.describes(), f.remoteFlush(), f.cpumask(),
                f.lazySwitchOnFlush(), f.exitHookSwitchesLazy(), f.pgtableFree(), f.recordDiverges(), f.loadedMm(),
                f.kconfig(), f.notes());
        out.add(base);
        Set<String> variants = new HashSet<>();
        List<ProfileFile.Variant> paravirt = f.paravirt() == null ? List.of() : f.paravirt();
        for (int i = 0; i < paravirt.size(); i++) {
            ProfileFile.Variant v = paravirt.get(i);
            String at = "paravirt[" + i + "]";
            notNull(fileName, at + ".", new String[] {"name", "notes"}, v.name(), v.notes());
            require(NAME.matcher(v.name()).matches(), fileName, at + ".name", "'" + v.name() + "' is not a variant name");
            require(variants.add(v.name()), fileName, at + ".name", "'" + v.name() + "' is defined twice");
            requireNotes(fileName, at + ".notes", v.notes());
            List<RecordDivergence> divergences = new ArrayList<>(base.recordDiverges());
            if (v.recordDiverges() != null) {
                requireDivergences(fileName, at + ".record_diverges", v.recordDiverges());
                divergences.addAll(v.recordDiverges());
            }
            List<String> notes = new ArrayList<>(base.notes());
            notes.addAll(v.notes());
            out.add(new ArchProfile(base.name() + "+" + v.name(), base.arch(), v.name(),
                    or(v.describes(), base.describes()),
                    or(v.remoteFlush(), base.remoteFlush()),
                    or(v.cpumask(), base.cpumask()),
                    or(v.lazySwitchOnFlush(), base.lazySwitchOnFlush()),
                    or(v.exitHookSwitchesLazy(), base.exitHookSwitchesLazy()),
                    or(v.pgtableFree(), base.pgtableFree()),
                    divergences,
                    or(v.loadedMm(), base.loadedMm()),
                    base.kconfig(), notes));
        }
        return out;
    }

    /** Jackson enforces presence of required fields; an explicit null is caught here. */
    private static void notNull(String fileName, String prefix, String[] fields, Object... values) {
        for (int i = 0; i < fields.length; i++) {
            require(values[i] != null, fileName, prefix + fields[i], "is null");
        }
    }

    private static <T> T or(T override, T base) {
        return override != null ? override : base;
    }

    private static void requireNotes(String fileName, String field, List<String> notes) {
        require(!notes.isEmpty(), fileName, field, "must cite the kernel files behind the values");
        for (int i = 0; i < notes.size(); i++) {
            require(notes.get(i) != null && !notes.get(i).isBlank(), fileName, field + "[" + i + "]", "is empty");
        }
    }

    /** Every place names a function, the file a reviewer opens, and when it runs. */
    private static void requireDivergences(String fileName, String field, List<RecordDivergence> places) {
        for (int i = 0; i < places.size(); i++) {
            RecordDivergence d = places.get(i);
            String at = field + "[" + i + "]";
            require(d != null, fileName, at, "is null");
            notNull(fileName, at + ".", new String[] {"function", "file", "when"}, d.function(), d.file(), d.when());
            require(d.function().endsWith("()"), fileName, at + ".function", "must be a C function name ending in ()");
            require(d.file().matches("(arch|drivers|kernel|mm|include)/[A-Za-z0-9_./-]+\\.[ch]"), fileName,
                    at + ".file", "must be a kernel source file");
        }
    }

    private static void require(boolean ok, String fileName, String field, String problem) {
        if (!ok) {
            throw new InputException(fileName + ": field '" + field + "' " + problem);
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field '" + prefix(u) + u.getPropertyName() + "' (known: " + known + ")";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "field '" + path(f) + "': unknown value '" + f.getValue() + "' (known: "
                    + String.join(", ", enumWords(f.getTargetType())) + ")";
        }
        if (e instanceof JsonMappingException m) {
            String original = m.getOriginalMessage();
            if (original != null && original.startsWith("Missing required creator property")) {
                Matcher q = QUOTED.matcher(original);
                String field = q.find() ? q.group(1) : "?";
                String where = path(m);
                return "missing field '" + (where.endsWith(field) ? where : (where.isEmpty() ? "" : where + ".") + field) + "'";
            }
            if (!m.getPath().isEmpty()) {
                return "field '" + path(m) + "': wrong type (" + firstLine(original) + ")";
            }
        }
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        return (line > 0 ? "line " + line + ": " : "") + "malformed JSON: " + firstLine(e.getOriginalMessage());
    }

    /** The field path without the unknown last element (for unknown fields inside a variant). */
    private static String prefix(UnrecognizedPropertyException u) {
        List<JsonMappingException.Reference> refs = u.getPath();
        String full = path(refs.subList(0, Math.max(0, refs.size() - 1)));
        return full.isEmpty() ? "" : full + ".";
    }

    private static String path(JsonMappingException e) {
        return path(e.getPath());
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static List<String> enumWords(Class<?> type) {
        List<String> words = new ArrayList<>();
        for (Field field : type.getFields()) {
            JsonProperty json = field.getAnnotation(JsonProperty.class);
            if (field.isEnumConstant() && json != null) {
                words.add(json.value());
            }
        }
        return words;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
