package dev.llrtj.modules.intl;

import java.text.DateFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which locales the JDK has data for, and the best supported match of a requested one (BCP 47 lookup). */
final class Locales {
    private static final Set<String> AVAILABLE = Arrays.stream(DateFormat.getAvailableLocales())
            .map(Locale::toLanguageTag).collect(Collectors.toUnmodifiableSet());

    private Locales() {}

    /** The requested tag or its nearest truncation the JDK has, "" when none (the caller falls back to en-US). */
    static String supported(Locale requested) {
        String tag = requested.stripExtensions().toLanguageTag();
        while (!tag.isEmpty() && !tag.equals("und")) {
            if (AVAILABLE.contains(tag)) return tag;
            int dash = tag.lastIndexOf('-');
            tag = dash < 0 ? "" : tag.substring(0, dash);
        }
        return "";
    }
}
