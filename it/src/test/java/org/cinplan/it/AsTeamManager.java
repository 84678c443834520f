package org.cinplan.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.function.Supplier;

/** Lets an in-container test call secured EJBs as a team manager would. */
@Stateless
@RunAs("TEAM_MANAGER")
@PermitAll
public class AsTeamManager {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }
}
