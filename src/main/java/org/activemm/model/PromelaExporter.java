package org.activemm.model;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        data.put("cpus", cpus);
        data.put("efi", efi.word());
        data.put("params", parameters(profile, column, efi));
        data.put("parametric", false);
        return render(data);
    }

    /**
     * The same model for {@code cpus} with the parameters read from the environment when pan starts
     * ({@code AMM_TRACKED=1} ...: the names and values of {@link #parameters}), so that one compiled
     * verifier serves every profile, scheme, strategy and EFI switch.
     */
    static String parametric(int cpus) {
        Map<String, Object> data = new HashMap<>();
        data.put("arch", "ARCH");
        data.put("scheme", "SCHEME");
        data.put("strategy", "STRATEGY");
        data.put("cpus", cpus);
        data.put("efi", "EFI");
        data.put("params", parameters(ArchProfiles.load().get(0), SchemeStrategy.all().get(0), EfiMode.IRQS_OFF));
        data.put("parametric", true);
        return render(data);
    }

    /** The model's parameters, as the Promela names them, in the order the file defines them; the shoot-down waits for CPUs going offline. */
    static Map<String, Integer> parameters(ArchProfile profile, SchemeStrategy column, EfiMode efi) {
        return parameters(profile, column, efi, true);
    }

    /** {@code shootDownWaitsForDyingCpus}: as {@link LazyMmModel}'s, false for the seed body without the wait. */
    static Map<String, Integer> parameters(ArchProfile profile, SchemeStrategy column, EfiMode efi,
            boolean shootDownWaitsForDyingCpus) {
        Map<String, Integer> params = new LinkedHashMap<>();
        params.put("TRACKED", profile.tracksCpumask() ? 1 : 0);
        params.put("REMOTE_FLUSH", profile.remoteFlush().ordinal());
        params.put("LAZY_SWITCH_ON_FLUSH", profile.lazySwitchOnFlush() ? 1 : 0);
        params.put("EXIT_HOOK", profile.exitHookSwitchesLazy() ? 1 : 0);
        params.put("DIVERGES", profile.diverges() ? 1 : 0);
        params.put("STRATEGY", column.strategy().ordinal());
        params.put("UPSTREAM", column.scheme() == Scheme.UPSTREAM ? 1 : 0);
        params.put("EFI_IRQS_OFF", efi == EfiMode.IRQS_OFF ? 1 : 0);
        params.put("EFI_FIXED", efi == EfiMode.IRQS_ON_FIXED ? 1 : 0);
        params.put("HOTPLUG_WAIT", shootDownWaitsForDyingCpus ? 1 : 0);
        return params;
    }

    private static String render(Map<String, Object> data) {
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
