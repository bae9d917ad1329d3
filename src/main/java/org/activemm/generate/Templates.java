package org.activemm.generate;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.activemm.InputException;
import org.activemm.UsageException;

/**
 * Renders the templates under {@code templates/}: a user directory first
 * (--templates), then the bundled ones on the class path. Templates see only
 * maps, lists, strings, numbers and booleans, and may not instantiate classes
 * ({@code ?new}) or reach the Java API ({@code ?api}), so a template from a
 * user directory cannot run code.
 */
public final class Templates {
    private final Configuration cfg;

    public Templates(Path userDir) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader(userDir));
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setLocalizedLookup(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setDefaultEncoding("UTF-8");
    }

    /** The bundled templates only. */
    public Templates() {
        this(null);
    }

    private static TemplateLoader loader(Path userDir) {
        TemplateLoader bundled = new ClassTemplateLoader(Templates.class, "/templates");
        if (userDir == null) {
            return bundled;
        }
        if (!Files.isDirectory(userDir)) {
            throw new UsageException("--templates " + userDir + ": not a directory");
        }
        try {
            File dir = userDir.toFile();
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(dir), bundled});
        } catch (IOException e) {
            throw new InputException("--templates " + userDir + ": " + e.getMessage(), e);
        }
    }

    /** The text of template {@code name} (e.g. {@code patch/mail.ftl}) filled from {@code model}. */
    public String render(String name, Map<String, ?> model) {
        try {
            Template template = cfg.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new InputException("template " + name + ": " + oneLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new InputException("template " + name + ": " + oneLine(e.getMessage()), e);
        } catch (SecurityException e) {
            // FileTemplateLoader refuses a file whose real path leaves the --templates directory
            throw new InputException("template " + name + ": is a link to a file outside --templates", e);
        } catch (StackOverflowError e) {
            throw new InputException("template " + name + ": nested too deeply (a macro or include that calls"
                    + " itself?)");
        }
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int trace = message.indexOf("\n----");
        String s = (trace < 0 ? message : message.substring(0, trace)).replaceAll("\\s+", " ").strip();
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
