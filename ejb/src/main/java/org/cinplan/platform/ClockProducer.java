package org.cinplan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The clock every "today" comes from: council days are English days, whatever zone the server runs in. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(COUNCIL_ZONE);
    }
}
