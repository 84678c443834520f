package org.cinplan.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Drops the NUL character (U+0000) from every request parameter and query string before the application reads them.
 * No page or person sends one (it cannot be typed), and PostgreSQL can neither store nor compare text holding it: a
 * crafted sign-in, search or form with one would otherwise end in a server error there, where Derby took it.
 * Values are cleaned as they are read, so the request's character encoding is still the one Faces sets.
 */
@WebFilter(urlPatterns = "/*")
public class NulCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String NUL = "\u0000";
    /** A NUL as the query string carries it; {@code %2500} (the text "%00") is not one. */
    private static final String ENCODED_NUL = "%00";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutNul(request), response);
    }

    static String withoutNul(String value) {
        return value == null ? null : value.replace(NUL, "");
    }

    static String queryWithoutNul(String query) {
        return query == null ? null : query.replace(ENCODED_NUL, "");
    }

    private static final class WithoutNul extends HttpServletRequestWrapper {

        WithoutNul(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return withoutNul(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(NulCharacterFilter::withoutNul).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(super.getParameterMap().keySet().stream()
                    .collect(Collectors.toMap(name -> name, this::getParameterValues, (a, b) -> a, LinkedHashMap::new)));
        }

        @Override
        public String getQueryString() {
            return queryWithoutNul(super.getQueryString());
        }
    }
}
