package dev.llrtj.modules.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** IDNA through java.net.IDN, with the answers Node gives for the same domains. */
class UrlBindingTest {
    @Test
    void toAsciiEncodesNonAsciiLabels() {
        assertEquals("xn--mnchen-3ya.de", UrlBinding.toAscii("münchen.de"));
        assertEquals("xn--wgv71a.jp", UrlBinding.toAscii("日本.jp"));
    }

    @Test
    void deviationLettersAreKeptAsUts46Does() {
        assertEquals("xn--strae-oqa.de", UrlBinding.toAscii("straße.de"));
        assertEquals("xn--fa-hia.de", UrlBinding.toAscii("Faß.DE"));
        assertEquals("xn--3xa.gr", UrlBinding.toAscii("ς.gr"));
        assertEquals("xn--kxa6akbbkh.gr", UrlBinding.toAscii("ΣΊΣΥΦΟΣ.gr"));
        assertNull(UrlBinding.toAscii("a\u200db.com"));
    }

    @Test
    void toAsciiRejectsWhatIdnaRejects() {
        assertNull(UrlBinding.toAscii("a".repeat(64) + "ü.com"));
        assertNull(UrlBinding.toAscii(null));
    }

    @Test
    void toUnicodeDecodesAceLabels() {
        assertEquals("münchen.de", UrlBinding.toUnicode("xn--mnchen-3ya.de"));
    }

    @Test
    void aceLabelsMustDecode() {
        assertTrue(UrlBinding.validAceLabels("xn--mnchen-3ya.de"));
        assertTrue(UrlBinding.validAceLabels("example.com"));
        assertFalse(UrlBinding.validAceLabels("xn--.com"));
        assertFalse(UrlBinding.validAceLabels("xn--a"));
    }
}
