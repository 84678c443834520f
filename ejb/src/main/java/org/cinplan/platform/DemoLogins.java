package org.cinplan.platform;

import java.util.List;
import java.util.Locale;

/**
 * The demo logins (README), whose password is published: production mode refuses to start while one exists, and
 * nobody may be given one of these usernames.
 */
public final class DemoLogins {

    public static final List<String> USERNAMES = List.of("sw.demo", "csw.demo", "pm.demo", "tm.demo", "svm.demo",
            "fsp.demo", "admin.demo", "auditor.demo", "data.demo", "sw.wokingham", "sw.westberks", "sw.suffolk", "csw.suffolk",
            "sw.ipswich", "pm.suffolk",
            // the big council's managers (demo.bigcouncil), loaded with all its staff, who share the demo password
            "tm.big", "svm.big");

    private DemoLogins() {
    }

    public static boolean isDemoLogin(String username) {
        return username != null && USERNAMES.contains(username.strip().toLowerCase(Locale.ROOT));
    }
}
