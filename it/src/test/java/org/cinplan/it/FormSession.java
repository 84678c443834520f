package org.cinplan.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.io.IOException;
import java.net.CookieManager;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser-like HTTP session: its own cookies, redirects followed, JSF forms posted back as they are on the page. */
public final class FormSession {

    public record Answer(int status, String contentType, String body) {
        public boolean isHtml() {
            return contentType.contains("html");
        }
    }

    private final URI base;
    private final HttpClient client;
    /** Whether postbacks carry the page's script nonce, as PrimeFaces' script in a browser adds it. */
    public boolean sendNonce = true;

    public FormSession(URL base) throws Exception {
        this.base = base.toURI();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static FormSession signedIn(URL base, String username) throws Exception {
        FormSession session = new FormSession(base);
        Answer landing = session.postBack("login.xhtml", "signIn",
                Map.of("signIn:username", username, "signIn:password", SignInPage.DEMO_PASSWORD), "signIn:submit");
        assertThat(landing.body()).as("signed in as " + username).contains("Signed in as " + username);
        return session;
    }

    /**
     * A cp:dateInput's fields as a browser sends them: the day, month and year of {@code ukDate} (dd/mm/yyyy); any
     * other text goes whole into the day field.
     */
    public static Map<String, String> dateFields(String dateId, String ukDate) {
        String[] parts = ukDate.matches("[^/]*/[^/]*/[^/]*") ? ukDate.split("/", -1) : new String[]{ukDate, "", ""};
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(dateId + ":day", parts[0]);
        fields.put(dateId + ":month", parts[1]);
        fields.put(dateId + ":year", parts[2]);
        return fields;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /**
     * Opens the page, fills the form as the page sent it (view state included) with the given values in place of
     * the fields' own, and posts it back as a press of the button.
     */
    public Answer postBack(String path, String formId, Map<String, String> values, String buttonId)
            throws IOException, InterruptedException {
        Answer page = get(path);
        Document document = Jsoup.parse(page.body(), base.resolve(path).toString());
        Element found = document.getElementById(formId);
        if (!(found instanceof FormElement form)) {
            throw new IllegalStateException("No form " + formId + " on " + path + ": " + abbreviated(page.body()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(pair -> fields.putIfAbsent(pair.key(), pair.value()));
        fields.putAll(values);
        fields.put(buttonId, "");
        // What PrimeFaces' script adds to every postback under its content security policy.
        Element nonced = document.selectFirst("script[nonce]");
        if (nonced != null && sendNonce) {
            fields.put("primefaces.nonce", nonced.attr("nonce"));
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String abbreviated(String body) {
        String text = Jsoup.parse(body).text();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
