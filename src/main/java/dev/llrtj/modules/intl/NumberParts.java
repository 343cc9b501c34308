package dev.llrtj.modules.intl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Intl.NumberFormat's parts from the JDK's CLDR number formats (java.text): decimal, percent, currency and compact
 * notation, rounded half away from zero as ICU does, on the shortest decimal of the double (as JS prints it), not its
 * binary value (1.005 to two digits is "1.01" in Node).
 */
final class NumberParts {
    /** The options intl.js resolved. */
    record Options(String style, String currency, String currencyDisplay, String notation, String compactDisplay,
            int minInteger, int minFraction, int maxFraction, boolean grouping, String signDisplay) {}

    private NumberParts() {}

    /** [type, value, type, value, ...] of formatToParts. */
    static List<String> parts(Locale locale, Options o, double x) {
        List<String> out = new ArrayList<>();
        if (Double.isNaN(x)) {
            add(out, "nan", "NaN");
            return out;
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String sign = sign(o.signDisplay(), negative, x == 0);
        if (Double.isInfinite(x)) {
            if (!sign.isEmpty()) add(out, negative ? "minusSign" : "plusSign", sign);
            add(out, "infinity", "∞");
            return out;
        }
        NumberFormat f = format(locale, o);
        BigDecimal value = new BigDecimal(Double.toString(Math.abs(x)));
        if (o.style().equals("percent")) value = value.movePointRight(2);
        if (o.notation().equals("compact")) f = compact(locale, o, value);
        // CompactNumberFormat rounds a BigDecimal to an integer whatever its fraction digits: it gets the double
        AttributedCharacterIterator it = f.formatToCharacterIterator(
                o.notation().equals("compact") ? (Object) value.doubleValue() : value);
        List<String> body = new ArrayList<>();
        for (char c = it.first(); c != CharacterIterator.DONE; ) {
            int start = it.getIndex();
            int end = it.getRunLimit();
            StringBuilder text = new StringBuilder();
            for (int k = start; k < end; k++) text.append(it.setIndex(k));
            add(body, type(it.getAttributes(), text.toString(), o), text.toString());
            c = it.setIndex(end);
        }
        boolean roundedToZero = body.stream().filter(s -> s.matches(".*[1-9].*")).findAny().isEmpty();
        if (roundedToZero && o.signDisplay().equals("auto") && !negative) sign = "";
        if (!sign.isEmpty()) {
            // the sign goes where the locale's positive pattern has its number: before it in the patterns we support
            add(out, negative ? "minusSign" : "plusSign", sign);
        }
        out.addAll(body);
        return out;
    }

    private static String sign(String display, boolean negative, boolean zero) {
        return switch (display) {
            case "never" -> "";
            case "always" -> negative ? "-" : "+";
            case "exceptZero" -> zero ? "" : negative ? "-" : "+";
            case "negative" -> negative && !zero ? "-" : "";
            default -> negative ? "-" : "";
        };
    }

    private static NumberFormat format(Locale locale, Options o) {
        NumberFormat f = switch (o.style()) {
            case "percent" -> NumberFormat.getNumberInstance(locale);
            case "currency" -> currency(locale, o);
            default -> NumberFormat.getNumberInstance(locale);
        };
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setGroupingUsed(o.grouping());
        f.setMinimumIntegerDigits(o.minInteger());
        f.setMaximumFractionDigits(Math.max(0, o.maxFraction()));
        f.setMinimumFractionDigits(Math.max(0, o.minFraction()));
        if (o.style().equals("percent") && f instanceof DecimalFormat d) {
            // the locale's percent pattern around our own scaling (done on the decimal, exactly)
            DecimalFormat p = (DecimalFormat) NumberFormat.getPercentInstance(locale);
            d.setPositiveSuffix(p.getPositiveSuffix());
            d.setPositivePrefix(p.getPositivePrefix());
        }
        if (f instanceof DecimalFormat d) {
            d.setNegativePrefix(d.getPositivePrefix());
            d.setNegativeSuffix(d.getPositiveSuffix());
        }
        return f;
    }

    private static NumberFormat currency(Locale locale, Options o) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        Currency c = Currency.getInstance(o.currency());
        f.setCurrency(c);
        if (f instanceof DecimalFormat d) {
            var symbols = d.getDecimalFormatSymbols();
            symbols.setCurrencySymbol(switch (o.currencyDisplay()) {
                case "code" -> c.getCurrencyCode() + "\u00a0";
                case "name" -> c.getDisplayName(locale);
                case "narrowSymbol" -> narrow(c.getSymbol(locale));
                default -> c.getSymbol(locale);
            });
            d.setDecimalFormatSymbols(symbols);
        }
        return f;
    }

    private static String narrow(String symbol) {
        String letters = symbol.replaceAll("^[A-Z]+(?=\\P{L})", "");
        return letters.isEmpty() ? symbol : letters;
    }

    /** Compact notation rounds to two significant digits below 100 (1.2K, 12K, 123K), as ICU does. */
    private static NumberFormat compact(Locale locale, Options o, BigDecimal value) {
        NumberFormat.Style style = o.compactDisplay().equals("long") ? NumberFormat.Style.LONG : NumberFormat.Style.SHORT;
        NumberFormat f = NumberFormat.getCompactNumberInstance(locale, style);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setGroupingUsed(o.grouping());
        f.setMaximumFractionDigits(0);
        String whole = f.format(value.doubleValue()).replaceAll("[^0-9]", "");
        boolean explicit = o.maxFraction() >= 0;
        f.setMaximumFractionDigits(explicit ? o.maxFraction() : whole.length() <= 1 ? 1 : 0);
        f.setMinimumFractionDigits(explicit ? o.minFraction() : 0);
        return f;
    }

    private static String type(Map<AttributedCharacterIterator.Attribute, Object> attributes, String text, Options o) {
        if (text.equals("%") || text.equals("\u00a0%")) return text.length() == 1 ? "percentSign" : "literal";
        if (attributes.containsKey(NumberFormat.Field.GROUPING_SEPARATOR)) return "group";
        if (attributes.containsKey(NumberFormat.Field.INTEGER)) return "integer";
        if (attributes.containsKey(NumberFormat.Field.DECIMAL_SEPARATOR)) return "decimal";
        if (attributes.containsKey(NumberFormat.Field.FRACTION)) return "fraction";
        if (attributes.containsKey(NumberFormat.Field.CURRENCY)) return "currency";
        if (attributes.containsKey(NumberFormat.Field.PERCENT)) return "percentSign";
        if (attributes.containsKey(NumberFormat.Field.PREFIX) || attributes.containsKey(NumberFormat.Field.SUFFIX)) {
            return text.isBlank() ? "literal" : "compact";
        }
        if (text.isBlank()) return "literal";
        if (o.notation().equals("compact")) return "compact";
        return o.style().equals("currency") ? "currency" : "literal";
    }

    private static void add(List<String> out, String type, String value) {
        out.add(type);
        out.add(value);
    }
}
