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
 * once, under the form it is about. The page's own messages (a refused page load, or a form sent that has no messages
 * of its own) are shown by the first outside any form, else by the first on the page.
 */
@FacesComponent("cinplan.FormMessages")
public class FormMessages extends UINamingContainer {

    private static final String PAGE_MESSAGES = FormMessages.class.getName() + ".pageMessages";

    /** One problem: what is wrong, and the id of the field to go to (null when it is about no one field). */
    public record Problem(String text, String target) {
    }

    /** A rule's id in a message, "(DIFFERENCE_OF_OPINION)" or "(OUTSIDE_SCHOOL_TIME, Suffolk 2.7)": kept out of the words. */
    private static final Pattern RULE_ID = Pattern.compile("\\s*\\(([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:[,;][^)]*)?\\)");

    /** A rule's id ending a bracket of words, "(3 months, MIN_DURATION_AFTER_CP)": the words stay. */
    private static final Pattern TRAILING_RULE_ID = Pattern.compile("[,;]\\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\s*(?=\\))");

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
        // The page's messages, shown for a form sent without messages of its own, list that form's field problems too.
        UIForm listed = form != null ? form : FieldProblems.sentForm(faces);
        if (listed != null) {
            String prefix = listed.getClientId(faces) + UINamingContainer.getSeparatorChar(faces);
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
                for (Pattern named : List.of(RULE_ID, TRAILING_RULE_ID)) {
                    Matcher rule = named.matcher(message.getSummary());
                    while (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0 && rule.find()) {
                        rules.add(rule.group(1));
                    }
                }
            }
        }
        return List.copyOf(rules);
    }

    /** A message in words, without the rule ids it names. */
    static String words(String message) {
        return TRAILING_RULE_ID.matcher(RULE_ID.matcher(message).replaceAll("")).replaceAll("");
    }

    private static List<FacesMessage> globalMessages(FacesContext faces, FacesMessage.Severity atLeast) {
        return faces.getMessageList(null).stream().filter(m -> m.getSeverity().compareTo(atLeast) >= 0).toList();
    }

    /**
     * Messages serving the form sent show what it was told. What no form's messages show (a page load's, or a form's
     * sent without messages of its own) the page's own messages show: the first outside any form, else the first.
     */
    private boolean shown(FacesContext faces, UIForm form) {
        UIForm sent = FieldProblems.sentForm(faces);
        if (form != null && form == sent) {
            return true;
        }
        return pageMessages(faces, sent) == this;
    }

    /** The messages that show the page's own messages for this request (none when the form sent has its own). */
    private static Object pageMessages(FacesContext faces, UIForm sent) {
        return faces.getAttributes().computeIfAbsent(PAGE_MESSAGES, key -> {
            UIComponent root = faces.getViewRoot();
            if (sent != null && FieldProblems.find(root, c -> c instanceof FormMessages m && m.servedForm() == sent) != null) {
                return Boolean.FALSE;
            }
            UIComponent outsideForms = FieldProblems.find(root, c -> c instanceof FormMessages m && m.servedForm() == null);
            return outsideForms != null ? outsideForms : FieldProblems.find(root, c -> c instanceof FormMessages);
        });
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
