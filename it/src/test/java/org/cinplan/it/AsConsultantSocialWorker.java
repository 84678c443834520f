package org.cinplan.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.function.Supplier;

/** Lets an in-container test call secured EJBs as a consultant social worker would (to agree a CIN plan). */
@Stateless
@RunAs("CONSULTANT_SOCIAL_WORKER")
@PermitAll
public class AsConsultantSocialWorker {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }
}
