package org.cinplan.casework;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import org.cinplan.admin.SignInStandings;
import org.cinplan.admin.StaffMember;

import java.util.HashMap;
import java.util.Map;

/**
 * The access levels worked out during one request, shared by the service calls it makes: a page calls about ten
 * services, and each used to read the caller's staff record, the child's restriction and break-glass again. A service
 * that changes who may open a record ({@link #forgetAll}) makes the rest of the request work them out afresh.
 */
@RequestScoped
class AccessMemo {

    /**
     * The memo's client proxy, looked up once: it finds the current request's memo on every call (looking it up
     * through {@code CDI.current()} for each service call cost about 4% of the case page's CPU).
     */
    private static volatile AccessMemo requestProxy;

    private final Map<String, AccessRule.Caller> callers = new HashMap<>();
    private final Map<String, Map<String, AccessLevel>> levels = new HashMap<>();
    /** This server's revision of staff records when the memo was filled: a staff change since (a team, a role) empties it. */
    private long staffRevision = SignInStandings.revision();

    AccessRule.Caller caller(String username) {
        forgetIfStaffChanged();
        return callers.get(username);
    }

    void remember(String username, AccessRule.Caller caller) {
        callers.put(username, caller);
    }

    AccessLevel level(String username, Child child) {
        forgetIfStaffChanged();
        Map<String, AccessLevel> ofCaller = levels.get(username);
        return ofCaller == null ? null : ofCaller.get(key(child));
    }

    void remember(String username, Child child, AccessLevel level) {
        levels.computeIfAbsent(username, name -> new HashMap<>()).put(key(child), level);
    }

    /** The child as allocated now: a level worked out before a reallocation, however made, is not used after it. */
    private static String key(Child child) {
        StaffMember worker = child.family().allocatedWorker();
        return child.id() + "/" + (worker == null ? "-" : worker.id());
    }

    private void forgetIfStaffChanged() {
        long now = SignInStandings.revision();
        if (now != staffRevision) {
            forget();
            staffRevision = now;
        }
    }

    void forget() {
        callers.clear();
        levels.clear();
    }

    /** This request's memo, or none where no request is active (then every check reads the database, as it must). */
    static AccessMemo ofRequest() {
        try {
            AccessMemo memo = requestProxy;
            if (memo == null) {
                memo = CDI.current().select(AccessMemo.class).get();
                requestProxy = memo;
            }
            memo.touch(); // reaches the contextual instance, so an inactive request scope shows here
            return memo;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    /** Does nothing; called through the client proxy, it fails where no request scope is active. */
    void touch() {
        // nothing to do: the proxy's lookup of this request's instance is the point
    }

    /** After a change of allocation, restriction or break-glass: later checks in this request read them again. */
    static void forgetAll() {
        AccessMemo memo = ofRequest();
        if (memo != null) {
            memo.forget();
        }
    }
}
