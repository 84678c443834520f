package org.cinplan.it;

import java.util.function.Supplier;

/**
 * The bean class of the run-as helpers declared in {@code test-ejb-jar.xml} (AsTeamManager, AsPracticeManager, ...):
 * one class, one stateless bean per role, each running its calls in that role. Reach them through {@link InRole}.
 */
public class RunAsRole {

    public <T> T call(Supplier<T> call) {
        return call.get();
    }
}
