package dev.llrtj.modules.intl;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Intl.DateTimeFormat's patterns from the JDK's CLDR data: a skeleton (ICU's "yMMMd", as intl.js builds it from the
 * options) becomes the locale's pattern through {@link DateTimeFormatterBuilder#getLocalizedDateTimePattern}, with
 * field widths set back to the requested ones (the JDK matches the skeleton approximately, ICU adjusts the widths),
 * date and time joined with the locale's own glue; a pattern is formatted field by field into Intl's parts.
 */
final class DateTimePatterns {
    private static final String DATE_FIELDS = "GyMEd";
    private static final String TIME_FIELDS = "hHjkKmsaB";
    /** The US zones whose abbreviations CLDR's "en" has as commonly used: elsewhere ICU writes GMT+h, as we do. */
    private static final Set<String> EN_ABBREVIATIONS = Set.of("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
            "AKST", "AKDT", "HST", "HDT", "AST", "ADT", "UTC", "GMT");

    private static final java.util.Map<String, String> AT_TIME = java.util.Map.of("en", "{1} 'at' {0}",
            "de", "{1} 'um' {0}", "fr", "{1} 'à' {0}", "es", "{1} 'a las' {0}");

    /** One formatter per field and locale: building one parses its pattern, and a format asks for every field. */
    private static final java.util.Map<String, DateTimeFormatter> FIELD_FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private DateTimePatterns() {}

    private static DateTimeFormatter formatter(String field, Locale locale) {
        return FIELD_FORMATTERS.computeIfAbsent(field + '\u0000' + locale.toLanguageTag(),
                k -> DateTimeFormatter.ofPattern(field, locale));
    }

    /** The pattern for a skeleton in ICU's canonical field order (G y M E d, hour m s, then z/v/O). */
    static String fromSkeleton(Locale locale, String skeleton) {
        String zone = trailing(skeleton, "zvOV");
        String core = skeleton.substring(0, skeleton.length() - zone.length());
        String date = only(core, DATE_FIELDS);
        String time = only(core, TIME_FIELDS);
        String fraction = only(core, "S");
        String datePattern = date.isEmpty() ? "" : adjust(localized(locale, date), date);
        String timePattern = time.isEmpty() ? "" : adjust(localized(locale, hourForJdk(time)), time);
        if (!fraction.isEmpty()) timePattern = timePattern.replaceFirst("s+", "$0." + fraction);
        if (!zone.isEmpty()) timePattern = timePattern.isEmpty() ? zone : timePattern + " " + zone;
        if (datePattern.isEmpty()) return timePattern;
        if (timePattern.isEmpty()) return datePattern;
        FormatStyle glueStyle = date.contains("MMMM") ? (date.contains("E") ? FormatStyle.FULL : FormatStyle.LONG)
                : date.contains("MMM") ? FormatStyle.MEDIUM : FormatStyle.SHORT;
        return glue(locale, glueStyle).replace("{1}", datePattern).replace("{0}", timePattern);
    }

    /** dateStyle/timeStyle: the locale's own patterns (either may be null). */
    static String fromStyles(Locale locale, FormatStyle date, FormatStyle time) {
        if (date != null && time != null) {
            return glue(locale, date).replace("{1}", fromStyles(locale, date, null)).replace("{0}", fromStyles(locale, null, time));
        }
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale);
    }

    /** The locale's hour cycle: h12, h23, h11 or h24, read from its pattern for the preferred hour ("j"). */
    static String hourCycle(Locale locale) {
        String p = localized(locale, "jm");
        if (p.indexOf('h') >= 0) return "h12";
        if (p.indexOf('K') >= 0) return "h11";
        if (p.indexOf('k') >= 0) return "h24";
        return "h23";
    }

    /** Formats the instant in the zone, as [type, value, type, value, ...] parts of Intl's formatToParts. */
    static List<String> parts(Locale locale, String pattern, ZoneId zone, double epochMillis) {
        ZonedDateTime t = Instant.ofEpochMilli((long) Math.floor(epochMillis)).atZone(zone);
        List<String> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                if (end == i + 1) literal.append('\'');
                else literal.append(pattern, i + 1, end < 0 ? pattern.length() : end);
                i = end < 0 ? pattern.length() : end + 1;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                int j = i;
                while (j < pattern.length() && pattern.charAt(j) == c) j++;
                String field = pattern.substring(i, j);
                if (literal.length() > 0) {
                    add(out, "literal", literal.toString());
                    literal.setLength(0);
                }
                add(out, type(c), field(locale, field, t));
                i = j;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) add(out, "literal", literal.toString());
        return out;
    }

    private static String field(Locale locale, String field, ZonedDateTime t) {
        char c = field.charAt(0);
        if (c == 'z' && field.length() < 4) {
            String abbreviation = formatter("z", locale).format(t);
            // ICU has short names only where CLDR lists them as commonly used (US zones in English)
            if (locale.getLanguage().equals("en") && EN_ABBREVIATIONS.contains(abbreviation)) return abbreviation;
            return formatter("O", locale).format(t);
        }
        if (c == 'S') {
            String millis = String.format("%03d", t.getNano() / 1_000_000);
            return millis.substring(0, Math.min(field.length(), 3));
        }
        if (c == 'y' && field.length() == 1) return Integer.toString(t.getYear() <= 0 ? 1 - t.getYear() : t.getYear());
        return formatter(field, locale).format(t);
    }

    private static String type(char c) {
        return switch (c) {
            case 'G' -> "era";
            case 'y', 'u', 'Y' -> "year";
            case 'M', 'L' -> "month";
            case 'd' -> "day";
            case 'E', 'c', 'e' -> "weekday";
            case 'a', 'b', 'B' -> "dayPeriod";
            case 'h', 'H', 'k', 'K' -> "hour";
            case 'm' -> "minute";
            case 's' -> "second";
            case 'S' -> "fractionalSecond";
            case 'z', 'v', 'O', 'V', 'Z', 'X', 'x' -> "timeZoneName";
            default -> "literal";
        };
    }

    private static void add(List<String> out, String type, String value) {
        out.add(type);
        out.add(value);
    }

    /**
     * The JDK's best match for a skeleton. Its matcher takes only skeletons close to CLDR's own: when one is refused,
     * the widths are narrowed (adjust() widens the result again) and then text months tried as MMM.
     */
    private static String localized(Locale locale, String skeleton) {
        String[] attempts = {skeleton, narrowed(skeleton), narrowed(skeleton).replaceAll("M{4,5}", "MMM")};
        RuntimeException first = null;
        for (String attempt : attempts) {
            try {
                return DateTimeFormatterBuilder.getLocalizedDateTimePattern(attempt, IsoChronology.INSTANCE, locale);
            } catch (RuntimeException e) {
                if (first == null) first = e;
            }
        }
        // a lone field CLDR has no entry for (a minute, a second): the field itself, as ICU gives it
        if (skeleton.chars().distinct().count() == 1) return skeleton;
        throw first;
    }

    private static String narrowed(String skeleton) {
        return skeleton.replaceAll("G+", "G").replaceAll("y+", "y").replaceAll("(?<!M)MM(?!M)", "M")
                .replaceAll("d+", "d").replaceAll("h+", "h").replaceAll("H+", "H").replaceAll("m+", "m")
                .replaceAll("s+", "s").replaceAll("E{4,5}", "E").replaceAll("EEE", "E");
    }

    /** The JDK's skeletons know h, H and j only: K and k are asked as h and H and put back by adjust(). */
    private static String hourForJdk(String time) {
        return time.replace('K', 'h').replace('k', 'H');
    }

    /**
     * The locale's "{1}, {0}" glue between a date and a time pattern of the given date style. For a long or full
     * date ICU takes CLDR's "atTime" variant ("{1} 'at' {0}"), which the JDK does not expose: it is listed here for
     * the languages we know it of.
     */
    private static String glue(Locale locale, FormatStyle dateStyle) {
        if (dateStyle == FormatStyle.FULL || dateStyle == FormatStyle.LONG) {
            String at = AT_TIME.get(locale.getLanguage());
            if (at != null && !(locale.getLanguage().equals("es") && dateStyle == FormatStyle.FULL)) return at;
        }
        String both = DateTimeFormatterBuilder.getLocalizedDateTimePattern(dateStyle, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale);
        String date = fromStyles(locale, dateStyle, null);
        String time = fromStyles(locale, null, FormatStyle.SHORT);
        return both.replace(date, "{1}").replace(time, "{0}");
    }

    /** Sets the pattern's field widths to the skeleton's, as ICU's adjustFieldTypes does. */
    private static String adjust(String pattern, String skeleton) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                end = end < 0 ? pattern.length() - 1 : end;
                out.append(pattern, i, end + 1);
                i = end + 1;
                continue;
            }
            int j = i;
            while (j < pattern.length() && pattern.charAt(j) == c) j++;
            int have = j - i;
            char asked = c == 'L' ? 'M' : c == 'c' ? 'E' : "hHkK".indexOf(c) >= 0 ? hourLetter(skeleton) : c;
            int want = count(skeleton, asked);
            char letter = "hHkK".indexOf(c) >= 0 && asked != 0 ? asked : c;
            int width = have;
            if (want > 0) {
                boolean text = "MLEcG".indexOf(c) >= 0 && (want >= 3 || c == 'E' || c == 'c' || c == 'G');
                boolean numericPadded = "msdhHkKM".indexOf(c) >= 0 && want == 2 && have < 3;
                if (text && (have >= 3 || "EcG".indexOf(c) >= 0)) width = want;
                else if (numericPadded) width = 2;
                else if (c == 'y') width = want;
            }
            out.append(String.valueOf(letter).repeat(width));
            i = j;
        }
        return out.toString();
    }

    private static char hourLetter(String skeleton) {
        for (char c : "hHkK".toCharArray()) if (skeleton.indexOf(c) >= 0) return c;
        return 0;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static String only(String skeleton, String letters) {
        StringBuilder b = new StringBuilder();
        for (char c : skeleton.toCharArray()) if (letters.indexOf(c) >= 0) b.append(c);
        return b.toString();
    }

    private static String trailing(String skeleton, String letters) {
        int i = skeleton.length();
        while (i > 0 && letters.indexOf(skeleton.charAt(i - 1)) >= 0) i--;
        return skeleton.substring(i);
    }
}
