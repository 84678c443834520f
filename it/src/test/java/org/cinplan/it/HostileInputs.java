package org.cinplan.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs an attacker or a careless paste might send: markup and script, SQL, expression language, over-long text,
 * dates that are not dates, and Unicode that misleads (right-to-left override, zero-width characters, emoji, NUL,
 * lone surrogates). Every markup input carries a marker ({@value #MARKER}) in an id or attribute, so a page that
 * let one through as markup is found by looking for that marker in its DOM. The same seed always gives the same
 * inputs, so a failure can be replayed.
 */
final class HostileInputs {

    /** In the id or attributes of every injected element: a DOM holding it as markup was injected. */
    static final String MARKER = "hostile-marker";

    private static final String[] MARKUP = {
            "<script id=\"%s\">alert(1)</script>",
            "\"><script id=\"%s\">alert(document.cookie)</script>",
            "'><img id=\"%s\" src=x onerror=alert(1)>",
            "<svg id=\"%s\" onload=alert(1)>",
            "</textarea><b id=\"%s\">bold</b>",
            "<iframe id=\"%s\" src=\"javascript:alert(1)\"></iframe>",
            "<a id=\"%s\" href=\"javascript:alert(1)\">click</a>",
            "--><div id=\"%s\">comment escape</div><!--",
            "<![CDATA[<span id=\"%s\">]]>",
            "<details id=\"%s\" open ontoggle=alert(1)>",
            "\u003cinput id=\"%s\" autofocus onfocus=alert(1)\u003e",
            "<style id=\"%s\">body{display:none}</style>",
    };

    private static final String[] SQL = {
            "' OR '1'='1", "'; DROP TABLE audit_entry; --", "1; DELETE FROM staff_member", "\" OR \"\"=\"",
            "' UNION SELECT password_hash FROM staff_member --", "admin'--", "1 OR 1=1", "%' AND 1=0 UNION SELECT 1 --",
            "'); INSERT INTO council VALUES (99,'X','Y','Z',0); --", "\\'; --", "0x27 OR 1=1", "' AND SLEEP(5) --",
    };

    private static final String[] EXPRESSIONS = {
            "#{7*7}", "${7*7}", "#{facesContext.externalContext.sessionMap}", "${applicationScope}",
            "{{7*7}}", "%s%s%s%n", "../../../../etc/passwd", "..%2f..%2fWEB-INF%2fweb.xml", "\r\nSet-Cookie: x=1",
            "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "{\"json\":\"break\"", "]]>", "\\u0000", "null", "undefined", "NaN", "-1", "9223372036854775808",
            "-9223372036854775809", "1e309", "0x7fffffff", "READING\u0000", "reading", " READING ",
    };

    private static final String[] DATES = {
            "31/02/2026", "00/00/0000", "99/99/9999", "2026-13-45", "29/02/2027", "01/01/0001", "31/12/9999",
            "01/01/99999", "01/01/-2026", "+999999999-12-31", "-999999999-01-01", "2026-02-30", "2026-00-10",
            "yesterday", "1/1/26", "01.01.2026", "2026/01/01", "32/01/2026", "12/31/2026", " ", "0", "20260101",
            "9999-12-31", "0001-01-01", "10000-01-01", "2026-1-1", "2026-01-01T00:00", "٠١/٠١/٢٠٢٦", "01/01/２０２６",
    };

    private static final String[] UNICODE = {
            "\u202Egnidaer\u202C", "Read\u200Bing", "\u200D\u200C\uFEFF", "😀👶🏽👨‍👩‍👧", "A\u0000B", "\u0000",
            "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "Z\u0335\u0336\u0337\u0338", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
            "\u05E9\u05DC\u05D5\u05DD\u200F", "ﬁ ligature", "\u00A0\u2003\u3000", "Ω≈ç√∫", "\u2028line\u2029para",
            "\u001B[31mred", "\t\n\r", "İıŞş", "\uFFFD\uFFFF",
    };

    private HostileInputs() {
    }

    /** {@code count} inputs, every kind in turn; each markup input has its own numbered marker id. */
    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(switch (i % 7) {
                case 0, 1 -> String.format(MARKUP[random.nextInt(MARKUP.length)], MARKER + "-" + i);
                case 2 -> SQL[random.nextInt(SQL.length)];
                case 3 -> EXPRESSIONS[random.nextInt(EXPRESSIONS.length)];
                case 4 -> DATES[random.nextInt(DATES.length)];
                case 5 -> UNICODE[random.nextInt(UNICODE.length)] + UNICODE[random.nextInt(UNICODE.length)];
                default -> overLong(random, i);
            });
        }
        return inputs;
    }

    /** Long text, some of it markup, from just past a typical column limit to far past any. */
    private static String overLong(Random random, int i) {
        int[] lengths = {61, 121, 301, 2001, 4001, 6000};
        int length = lengths[random.nextInt(lengths.length)];
        String unit = random.nextBoolean() ? "A" : String.format(MARKUP[0], MARKER + "-" + i) + "\u202E😀";
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }
}
