package org.cinplan.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;
import java.util.Objects;

/**
 * p:messages as PrimeFaces draws it, but with plain list items: PrimeFaces gives each item role="alert", which takes
 * it out of the list for assistive technology (WCAG 1.3.1; axe rule "list"). The messages' container is already a
 * polite live region, so the messages are still announced.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String styleClassPrefix,
                                 boolean escape) throws IOException {
        String summary = message.getSummary() != null ? message.getSummary() : "";
        String detail = message.getDetail() != null ? message.getDetail() : summary;
        if (messages.isSkipDetailIfEqualsSummary() && Objects.equals(summary, detail)) {
            detail = "";
        }
        writer.startElement("li", null);
        if (messages.isShowSummary()) {
            text(writer, styleClassPrefix + "-summary", summary, escape);
        }
        if (messages.isShowDetail()) {
            text(writer, styleClassPrefix + "-detail", detail, escape);
        }
        writer.endElement("li");
    }

    private static void text(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}
