package org.cinplan.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session without a browser, over HTTP: signs in through the real sign-in form (a JSF postback with its
 * ViewState), keeps the session cookie, and never follows redirects, so a test sees each status and Location.
 * Much faster than Chromium for checking many pages.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"jakarta\\.faces\\.ViewState\"");
    private static final Pattern HEADING = Pattern.compile("<h1>\\s*(.*?)\\s*</h1>", Pattern.DOTALL);

    private final URL base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    private WebSession(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** A session with nobody signed in. */
    public static WebSession anonymous(URL base) {
        return new WebSession(base);
    }

    /** A session signed in with the demo password; fails the test if sign-in is refused. */
    public static WebSession signedInAs(URL base, String username) {
        return signedInAs(base, username, SignInPage.DEMO_PASSWORD);
    }

    public static WebSession signedInAs(URL base, String username, String password) {
        WebSession session = new WebSession(base);
        session.signIn(username, password);
        return session;
    }

    /**
     * Signs in on the sign-in page in this session; fails the test if sign-in is refused.
     *
     * @return where the server sends the browser next
     */
    public String signIn(String username, String password) {
        HttpResponse<String> form = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:username", username);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> answer = post("login.xhtml", fields);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() / 100 != 3 || location.contains("login.xhtml")) {
            throw new AssertionError("Sign-in as " + username + " was refused: " + answer.statusCode() + " " + location);
        }
        return location;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET as a browser sends it when a link on another site is followed (the session cookie sent all the same). */
    public HttpResponse<String> getFromAnotherSite(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Sec-Fetch-Site", "cross-site").GET());
    }

    /** A form post, urlencoded, as a browser sends it. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The session id the server gave this session, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The JSF ViewState of a page, which every postback must send back. */
    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No jakarta.faces.ViewState on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The page's h1, or null. */
    public static String heading(String html) {
        Matcher m = HEADING.matcher(html);
        return m.find() ? unescape(m.group(1).replaceAll("<[^>]+>", "").strip()) : null;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&#039;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private URI uri(String path) {
        return URI.create(base.toString() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
