package dev.llrtj.modules.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads XML into the shapes the AWS SDK's parseXML gives: an element with only text becomes that text, an empty
 * one "", otherwise an object of children (repeated names become arrays), attributes (unprefixed, overriding
 * children) and "#text"; whitespace-only text that spans lines is dropped. Same error messages as the SDK.
 */
final class AwsXmlReader<T> {
    /** Where the values go (Rhino objects at run time; plain maps in tests). */
    interface Tree<T> {
        T newObject();

        boolean has(T obj, String key);

        Object get(T obj, String key);

        void put(T obj, String key, Object value);

        boolean isArray(Object value);

        Object newArray(Object first, Object second);

        void push(Object array, Object value);

        Object undefined();
    }

    static final class XmlSyntaxError extends RuntimeException {
        XmlSyntaxError(String detail) {
            super("@aws-sdk XML parse error: " + detail, null, false, false);
        }
    }

    private record Element(String tag, Object value) {}

    private static final String PROTO = "__proto__";

    private final String x;
    private final int end;
    private final Tree<T> tree;
    private int i;

    AwsXmlReader(String xml, Tree<T> tree) {
        this.x = normalizeNewlines(xml);
        this.end = x.length();
        this.tree = tree;
    }

    T parseDocument() {
        while (i < end) {
            skipSpace();
            if (i >= end) {
                break;
            }
            if (isNext("<?")) {
                readTo("?>");
                skipSpace();
            } else if (isNext("<!--")) {
                readTo("-->");
                skipSpace();
            } else if (x.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                skipDoctype();
                skipSpace();
            } else if (x.charAt(i) == '<') {
                Element root = parseElement();
                T doc = tree.newObject();
                tree.put(doc, root.tag, root.value);
                return doc;
            } else {
                throw new XmlSyntaxError("unexpected content.");
            }
        }
        throw new XmlSyntaxError("no root element.");
    }

    private Element parseElement() {
        ++i;
        int start = i;
        while (i < end && " \t\r\n>/".indexOf(x.charAt(i)) < 0) {
            ++i;
        }
        String tag = x.substring(start, i);
        Map<String, String> attrs = new LinkedHashMap<>();
        while (i < end) {
            skipSpace();
            if (i < end && (x.charAt(i) == '>' || x.charAt(i) == '/')) {
                break;
            }
            int nameStart = i;
            while (i < end && "= \t\r\n>/?".indexOf(x.charAt(i)) < 0) {
                ++i;
            }
            String name = x.substring(nameStart, i);
            skipSpace();
            if (i >= end || x.charAt(i) != '=') {
                break;
            }
            ++i;
            skipSpace();
            attrs.put(name, readAttributeValue());
        }
        if (i >= end) {
            throw new XmlSyntaxError("unexpected end of input.");
        }
        if (x.charAt(i) == '/') {
            ++i;
            if (i >= end || x.charAt(i) != '>') {
                throw new XmlSyntaxError("expected > at the end of self-closing tag.");
            }
            ++i;
            return new Element(tag, attrs.isEmpty() ? "" : attributesObject(attrs));
        }
        if (x.charAt(i) != '>') {
            throw new XmlSyntaxError("expected > at the end of opening tag.");
        }
        ++i;
        List<String> texts = new ArrayList<>();
        List<Element> children = new ArrayList<>();
        while (i < end && !isNext("</")) {
            if (x.charAt(i) == '<') {
                if (isNext("<!--")) {
                    readTo("-->");
                } else if (isNext("<![CDATA[")) {
                    i += 9;
                    texts.add(readTo("]]>"));
                } else if (isNext("<?")) {
                    readTo("?>");
                } else {
                    children.add(parseElement());
                }
            } else {
                int textStart = i;
                int lt = x.indexOf('<', i);
                i = lt < 0 ? end : lt;
                texts.add(decodeEntities(x.substring(textStart, i)));
            }
        }
        if (!isNext("</")) {
            throw new XmlSyntaxError("missing closing tag </" + tag + ">.");
        }
        i += 2;
        String closeTag = jsTrim(readTo(">"));
        if (!closeTag.equals(tag)) {
            throw new XmlSyntaxError("mismatched tags <" + tag + "> and </" + closeTag + ">.");
        }
        if (attrs.isEmpty() && children.isEmpty()) {
            String text = String.join("", texts);
            return new Element(tag, texts.isEmpty() || isLayoutWhitespace(text) ? "" : text);
        }
        T obj = tree.newObject();
        for (String text : texts) {
            if (!isLayoutWhitespace(text)) {
                tree.put(obj, "#text", tree.has(obj, "#text") ? tree.get(obj, "#text") + text : text);
            }
        }
        for (Element child : children) {
            if (PROTO.equals(child.tag)) {
                // the SDK resets an own "__proto__" to undefined first, then finds it `in` obj: always a pair
                tree.put(obj, PROTO, tree.newArray(tree.undefined(), child.value));
            } else if (!tree.has(obj, child.tag)) {
                tree.put(obj, child.tag, child.value);
            } else {
                Object existing = tree.get(obj, child.tag);
                if (tree.isArray(existing)) {
                    tree.push(existing, child.value);
                } else {
                    tree.put(obj, child.tag, tree.newArray(existing, child.value));
                }
            }
        }
        attrs.forEach((k, v) -> tree.put(obj, k, v));
        return new Element(tag, obj);
    }

    private T attributesObject(Map<String, String> attrs) {
        T obj = tree.newObject();
        attrs.forEach((k, v) -> tree.put(obj, k, v));
        return obj;
    }

    private String readAttributeValue() {
        char quote = i < end ? x.charAt(i) : 0;
        ++i;
        int start = Math.min(i, end);
        while (i < end && x.charAt(i) != quote) {
            ++i;
        }
        String raw = x.substring(start, Math.min(i, end));
        ++i;
        return decodeEntities(raw);
    }

    private boolean isNext(String s) {
        return x.startsWith(s, i);
    }

    private String readTo(String stop) {
        int at = x.indexOf(stop, i);
        if (at < 0) {
            throw new XmlSyntaxError("expected \"" + stop + "\" not found.");
        }
        String result = x.substring(i, at);
        i = at + stop.length();
        return result;
    }

    private void skipSpace() {
        while (i < end && " \t\r\n".indexOf(x.charAt(i)) >= 0) {
            ++i;
        }
    }

    private void skipDoctype() {
        i += 9;
        int depth = 0;
        while (i < end) {
            char c = x.charAt(i);
            if (c == '[') {
                ++depth;
            } else if (c == ']') {
                --depth;
            } else if (c == '>' && depth == 0) {
                ++i;
                return;
            }
            ++i;
        }
        throw new XmlSyntaxError("unclosed DOCTYPE.");
    }

    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\r') {
                out.append('\n');
                if (k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                    k++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** `&#x..;`, `&#..;` and the five named entities; other names decode to nothing, as in the SDK. */
    static String decodeEntities(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int k = 0;
        while (amp >= 0) {
            out.append(s, k, amp);
            int semi = entityEnd(s, amp);
            if (semi < 0) {
                out.append('&');
                k = amp + 1;
            } else {
                out.append(decodeEntity(s.substring(amp + 1, semi)));
                k = semi + 1;
            }
            amp = s.indexOf('&', k);
        }
        return out.append(s, k, s.length()).toString();
    }

    // the index of the ';' closing an entity reference at `amp`, or -1 when the text there is not one
    private static int entityEnd(String s, int amp) {
        int k = amp + 1;
        if (k < s.length() && s.charAt(k) == '#') {
            boolean hex = k + 1 < s.length() && s.charAt(k + 1) == 'x';
            int digitsStart = k + (hex ? 2 : 1);
            int j = digitsStart;
            while (j < s.length() && j - digitsStart < (hex ? 6 : 7) && (hex ? Character.digit(s.charAt(j), 16) >= 0 && s.charAt(j) < 128 : s.charAt(j) >= '0' && s.charAt(j) <= '9')) {
                j++;
            }
            return j > digitsStart && j < s.length() && s.charAt(j) == ';' ? j : -1;
        }
        int j = k;
        while (j < s.length() && j - k < 31 && isAsciiAlnum(s.charAt(j)) && (j > k || Character.isLetter(s.charAt(j)))) {
            j++;
        }
        return j > k && j < s.length() && s.charAt(j) == ';' ? j : -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String decodeEntity(String body) {
        if (body.startsWith("#x")) {
            return String.valueOf((char) Integer.parseInt(body.substring(2), 16)); // fromCharCode: low 16 bits
        }
        if (body.startsWith("#")) {
            return String.valueOf((char) Integer.parseInt(body.substring(1)));
        }
        return switch (body) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> "";
        };
    }

    // text.trim() === "" && text.includes("\n"): indentation between elements
    private static boolean isLayoutWhitespace(String text) {
        return text.indexOf('\n') >= 0 && jsTrim(text).isEmpty();
    }

    static String jsTrim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isJsSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isJsSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isJsSpace(char c) {
        return Character.isSpaceChar(c) || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                || c == '\uFEFF' || c == '\u2028' || c == '\u2029';
    }
}
