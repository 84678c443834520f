package org.cinplan.admin;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A revision this server moves on whenever a staff member's row is changed or removed here (disabled, password changed
 * or reset, anything else): a session whose standing ({@link SignInStatus}) was checked at an older revision checks it
 * again at its next request, so such a change made here ends sessions at once. A change made on another server of a
 * cluster is not seen here: sessions re-check their standing within a bound of their own all the same. The revision is
 * the application's, one for all its requests (the entity listener is made by the persistence provider).
 */
public final class SignInStandings {

    private static final AtomicLong REVISION = new AtomicLong();

    private SignInStandings() {
    }

    public static long revision() {
        return REVISION.get();
    }

    /** Moves the revision on when a staff member's row is written (at the flush, so a re-check may come early). */
    public static class Listener {

        @PostUpdate
        @PostRemove
        void staffChanged(StaffMember member) {
            REVISION.incrementAndGet();
        }
    }
}
