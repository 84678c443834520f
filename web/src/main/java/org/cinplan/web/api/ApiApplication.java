package org.cinplan.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * cinplan's REST API under /api, for any signed-in user (the session of the web sign-in). Payara publishes its
 * OpenAPI description at /openapi.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "cinplan API", version = "1",
        description = "Child in Need deadlines: the timescale calculator and each case's current deadlines, every"
                + " deadline with its rule, council, profile version, start date and explanation."))
public class ApiApplication extends Application {
}
