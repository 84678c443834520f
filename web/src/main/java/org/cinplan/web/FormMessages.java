package org.cinplan.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of one form (cp:messages in resources/components): an error summary ("There is a problem", a link to
 * each field in error) and the confirmations, both shown only for the form that was sent, so that a message appears
 * once, under the form it is about. Outside a form it shows the page's own messages (a refused page load, or a form
 * sent that has no messages of its own).
 */
@FacesComponent("cinplan.FormMessages")
public class FormMessages extends UINamingContainer {

    /** One problem: what is wrong, and the id of the field to go to (null when it is about no one field). */
    public record Problem(String text, String target) {
    }

    /** A rule's id in a message, "(DIFFERENCE_OF_OPINION)" or "(OUTSIDE_SCHOOL_TIME, Suffolk 2.7)": kept out of the words. */
    private static final Pattern RULE_ID = Pattern.compile("\\s*\\(([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:[,;][^)]*)?\\)");

    public List<Problem> getProblems() {
        FacesContext faces = getFacesContext();
        UIForm form = servedForm();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (!shown(faces, form)) {
            return problems;
        }
        for (FacesMessage message : globalMessages(faces, FacesMessage.SEVERITY_ERROR)) {
            if (seen.add(message.getSummary())) {
                problems.add(new Problem(words(message.getSummary()), null));
            }
        }
        if (form != null) {
            String prefix = form.getClientId(faces) + UINamingContainer.getSeparatorChar(faces);
            for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
                String clientId = ids.next();
                if (clientId == null || !clientId.startsWith(prefix)) {
                    continue;
                }
                for (FacesMessage message : faces.getMessageList(clientId)) {
                    if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0
                            && seen.add(clientId + message.getSummary())) {
                        problems.add(new Problem(words(message.getSummary()), FieldProblems.focusTarget(faces, clientId)));
                    }
                }
            }
        }
        return problems;
    }

    /** A confirmation, or a warning that does not refuse (shown as such). */
    public record Notice(String text, boolean warning) {
    }

    /** The confirmations and warnings (each once) for this form. */
    public List<Notice> getNotices() {
        FacesContext faces = getFacesContext();
        if (!shown(faces, servedForm())) {
            return List.of();
        }
        Set<Notice> notices = new LinkedHashSet<>();
        for (FacesMessage message : faces.getMessageList(null)) {
            if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) < 0) {
                notices.add(new Notice(message.getSummary(), message.getSeverity() == FacesMessage.SEVERITY_WARN));
            }
        }
        return List.copyOf(notices);
    }

    /** The ids of the rules the problems name, for the summary's "About these rules" disclosure. */
    public List<String> getRules() {
        FacesContext faces = getFacesContext();
        if (!shown(faces, servedForm())) {
            return List.of();
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            for (FacesMessage message : faces.getMessageList(ids.next())) {
                Matcher rule = RULE_ID.matcher(message.getSummary());
                while (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0 && rule.find()) {
                    rules.add(rule.group(1));
                }
            }
        }
        return List.copyOf(rules);
    }

    /** A message in words, without the rule ids it names. */
    static String words(String message) {
        return RULE_ID.matcher(message).replaceAll("");
    }

    private static List<FacesMessage> globalMessages(FacesContext faces, FacesMessage.Severity atLeast) {
        return faces.getMessageList(null).stream().filter(m -> m.getSeverity().compareTo(atLeast) >= 0).toList();
    }

    /** Serving a form: when that form was sent. Otherwise: unless the form sent has messages of its own. */
    private static boolean shown(FacesContext faces, UIForm form) {
        if (form != null) {
            return FieldProblems.wasSent(faces, form);
        }
        UIForm sent = FieldProblems.sentForm(faces);
        return sent == null
                || FieldProblems.find(faces.getViewRoot(), c -> c instanceof FormMessages m && m.servedForm() == sent) == null;
    }

    /**
     * The form these messages serve: the one named by the {@code for} attribute (an absolute id such as
     * {@code :writeUp}, for messages that stay when their form is no longer shown), else the enclosing form.
     */
    UIForm servedForm() {
        Object named = getAttributes().get("for");
        if (named instanceof String id && !id.isEmpty()) {
            return (UIForm) findComponent(id);
        }
        for (UIComponent parent = getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof UIForm form) {
                return form;
            }
        }
        return null;
    }
}
