package org.cinplan.casework;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;

import java.util.HashMap;
import java.util.Map;

/**
 * The access levels worked out during one request, shared by the service calls it makes: a page calls about ten
 * services, and each used to read the caller's staff record, the child's restriction and break-glass again. A service
 * that changes who may open a record ({@link #forgetAll}) makes the rest of the request work them out afresh.
 */
@RequestScoped
class AccessMemo {

    private final Map<String, AccessRule.Caller> callers = new HashMap<>();
    private final Map<String, Map<Long, AccessLevel>> levels = new HashMap<>();

    AccessRule.Caller caller(String username) {
        return callers.get(username);
    }

    void remember(String username, AccessRule.Caller caller) {
        callers.put(username, caller);
    }

    AccessLevel level(String username, long childId) {
        Map<Long, AccessLevel> ofCaller = levels.get(username);
        return ofCaller == null ? null : ofCaller.get(childId);
    }

    void remember(String username, long childId, AccessLevel level) {
        levels.computeIfAbsent(username, name -> new HashMap<>()).put(childId, level);
    }

    void forget() {
        callers.clear();
        levels.clear();
    }

    /** This request's memo, or none where no request is active (then every check reads the database, as it must). */
    static AccessMemo ofRequest() {
        try {
            AccessMemo memo = CDI.current().select(AccessMemo.class).get();
            memo.callers.size(); // touches the contextual instance, so an inactive request scope shows here
            return memo;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    /** After a change of allocation, restriction or break-glass: later checks in this request read them again. */
    static void forgetAll() {
        AccessMemo memo = ofRequest();
        if (memo != null) {
            memo.forget();
        }
    }
}
