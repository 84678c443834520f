package org.cinplan.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** The requests the simulations share: signing in through the JSF form, and the checks every page must pass. */
final class Pages {

    static final String DEMO_PASSWORD = "cinplan-demo-2026";
    /** The JSF view state a postback must send back (server-side state: the same view keeps its id). */
    static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    /** PrimeFaces' content security policy nonce, which its script adds to every postback. */
    static final String NONCE = "<script[^>]*nonce=\"([^\"]+)\"";
    /** The id of this rendering of the record-a-visit form, sent with it (the same form sent twice is refused). */
    static final String VISIT_SUBMISSION = "name=\"visit:submission\"[^>]*value=\"([^\"]+)\"";

    private Pages() {
    }

    static HttpProtocolBuilder protocol(LoadSettings settings) {
        return http.baseUrl(settings.base)
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("cinplan-loadtest")
                .disableFollowRedirect()
                .disableCaching();
    }

    /**
     * Signs the session's {@code username} in: fetches the sign-in page, takes its ViewState, script nonce (a postback
     * without the page's nonce is refused with 400 under the content security policy) and form fields, posts them. A refused sign-in sends the browser back to the sign-in page, so the redirect's target is checked.
     */
    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("login.xhtml")
                .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce"),
                        substring("name=\"signIn:username\""), substring("name=\"signIn:password\"")))
                .exec(http("sign in").post("login.xhtml")
                        .formParam("signIn", "signIn")
                        .formParam("signIn:username", "#{username}")
                        .formParam("signIn:password", DEMO_PASSWORD)
                        .formParam("signIn:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().in(302, 303), header("Location").not("").saveAs("landing"))
                        .check(header("Location").transform(location -> !location.contains("login.xhtml")).is(true)));
    }

    /** A page as a signed-in user sees it: 200, and the page says who is signed in (not the sign-in page). */
    static ChainBuilder page(String name, String path) {
        return exec(http(name).get(path).check(status().is(200), substring("Signed in as #{username}")));
    }
}
