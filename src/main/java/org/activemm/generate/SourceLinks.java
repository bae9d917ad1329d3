package org.activemm.generate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.activemm.UsageException;

/**
 * Links from a checklist's sites to a source viewer, from a template such as
 * {@code https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/{path}?h={rev}#n{line}}.
 * Only web and file addresses are accepted, so a link cannot run script.
 *
 * @param template the URL with {@code {rev}}, {@code {path}} and {@code {line}}; empty for no links
 */
public record SourceLinks(String template) {
    public static final SourceLinks NONE = new SourceLinks("");

    public SourceLinks {
        template = template == null ? "" : template;
        if (!template.isEmpty() && !template.matches("(?i)(https?://|file:/).*")) {
            throw new UsageException("--source-url must start with http://, https:// or file:/ : '" + template + "'");
        }
        if (!template.isEmpty() && !template.contains("{path}")) {
            throw new UsageException("--source-url needs {path} (and may use {rev} and {line}): '" + template + "'");
        }
    }

    /** The link for a site, or empty without a template; a tree read from disk is named HEAD. */
    public String url(String revision, String path, int line) {
        if (template.isEmpty()) {
            return "";
        }
        String encodedPath = Arrays.stream(path.split("/"))
                .map(p -> URLEncoder.encode(p, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return template.replace("{rev}", URLEncoder.encode(revision == null || revision.isEmpty() ? "HEAD" : revision,
                        StandardCharsets.UTF_8))
                .replace("{path}", encodedPath)
                .replace("{line}", String.valueOf(Math.max(line, 1)));
    }
}
