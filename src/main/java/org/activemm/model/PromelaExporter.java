package org.activemm.model;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import org.activemm.sites.Scheme;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/** Writes the model for one (profile, scheme, strategy, CPUs, EFI mode) as Promela, from templates/promela/. */
public final class PromelaExporter {
    private static final Configuration FREEMARKER = configuration();

    private PromelaExporter() {
    }

    public static String export(ArchProfile profile, SchemeStrategy column, int cpus, EfiMode efi) {
        Map<String, Object> data = new HashMap<>();
        data.put("arch", profile.name());
        data.put("scheme", column.scheme().word());
        data.put("strategy", column.strategy().word());
        data.put("upstream", column.scheme() == Scheme.UPSTREAM);
        data.put("diverges", profile.diverges());
        data.put("cpus", cpus);
        data.put("efi", efi.word());
        data.put("tracked", profile.tracksCpumask());
        data.put("flush", profile.remoteFlush().ordinal());
        data.put("lazySwitch", profile.lazySwitchOnFlush());
        data.put("exitHook", profile.exitHookSwitchesLazy());
        data.put("strategyCode", column.strategy().ordinal());
        data.put("efiIrqsOff", efi == EfiMode.IRQS_OFF);
        data.put("efiFixed", efi == EfiMode.IRQS_ON_FIXED);
        StringWriter out = new StringWriter();
        try {
            FREEMARKER.getTemplate("promela/model.pml.ftl").process(data, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the shipped Promela template failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Templates are trusted resources, but nothing in them may reach Java classes: no ?new, no ?api. */
    private static Configuration configuration() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(PromelaExporter.class.getClassLoader(), "templates"));
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setDefaultEncoding("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setNumberFormat("computer");
        return config;
    }
}
