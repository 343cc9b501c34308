/**
 * The {@code Intl} global (lazy, loaded on first use) on the JDK's CLDR locale data and java.time's zones:
 * DateTimeFormat, NumberFormat, Collator, PluralRules, RelativeTimeFormat, and the locale methods of Date, Number
 * and String. intl.js does the options and errors as ECMA-402 has them; the Java here formats.
 */
package dev.llrtj.modules.intl;
