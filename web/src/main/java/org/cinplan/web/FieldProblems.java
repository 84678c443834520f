package org.cinplan.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.InputHolder;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Which form was sent, and which of its fields a refusal is about. A service's refusal names the property of the form
 * object it refused (a Bean Validation property path); the field answering for it is the input whose id is that
 * property, or which lists it in its {@code answers} attribute (for a rule over several properties).
 */
public final class FieldProblems {

    private static final String SENT_FORM = FieldProblems.class.getName() + ".sentForm";

    /** The attribute naming the form properties (space separated) an input answers for besides its id. */
    public static final String ANSWERS = "answers";

    private FieldProblems() {
    }

    /** True when this form's own fields came with the request (every postback of a form sends the form's id). */
    public static boolean wasSent(FacesContext faces, UIForm form) {
        return faces.isPostback() && faces.getExternalContext().getRequestParameterMap().containsKey(form.getClientId(faces));
    }

    /** The form sent with this request, or null; looked for once a request. */
    public static UIForm sentForm(FacesContext faces) {
        if (!faces.isPostback()) {
            return null;
        }
        return (UIForm) faces.getAttributes().computeIfAbsent(SENT_FORM,
                key -> find(faces.getViewRoot(), c -> c instanceof UIForm form && wasSent(faces, form)));
    }

    /**
     * The first component under {@code root} (depth first) that matches. The tree as built, without iterating ui:repeat
     * or data tables: their values are not evaluated (an error summary's own list is one).
     */
    static UIComponent find(UIComponent root, Predicate<UIComponent> matches) {
        for (Iterator<UIComponent> kids = root.getFacetsAndChildren(); kids.hasNext(); ) {
            UIComponent kid = kids.next();
            if (matches.test(kid)) {
                return kid;
            }
            UIComponent found = find(kid, matches);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Shows the message beside the field of the sent form that answers for {@code property}, marking the field as
     * invalid; false (nothing shown) when no field answers for it.
     */
    public static boolean showAtField(FacesContext faces, String property, String message) {
        UIForm form = sentForm(faces);
        if (form == null || property == null || property.isEmpty()) {
            return false;
        }
        UIComponent field = find(form, c -> c instanceof EditableValueHolder && answersFor(c, property));
        if (field == null) {
            return false;
        }
        markInvalid((EditableValueHolder) field);
        faces.addMessage(field.getClientId(faces), fieldMessage(message));
        return true;
    }

    /** Shows the message beside the field with this client id (a row's field in a repeat too), marking it invalid. */
    public static void showAt(FacesContext faces, String clientId, String message) {
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof EditableValueHolder field) {
                markInvalid(field);
            }
        });
        faces.addMessage(clientId, fieldMessage(message));
        faces.validationFailed();
    }

    /**
     * Marks the field invalid, keeping what was typed in it: an invalid field with no submitted value is rendered empty
     * once validation has failed (PrimeFaces, with empty strings taken as null), which would wipe a refused entry.
     */
    private static void markInvalid(EditableValueHolder field) {
        if (field.getSubmittedValue() == null && field.getValue() instanceof String typed) {
            field.setSubmittedValue(typed);
        }
        field.setValid(false);
    }

    /** The message as the summary lists it (with any rule id, for its disclosure), and in words beside the field. */
    private static FacesMessage fieldMessage(String message) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, FormMessages.words(message));
    }

    private static boolean answersFor(UIComponent component, String property) {
        if (property.equals(component.getId())) {
            return true;
        }
        Object answers = component.getAttributes().get(ANSWERS);
        return answers != null && Arrays.asList(answers.toString().split("\\s+")).contains(property);
    }

    /** The id of the element to focus for a message about the component with this client id. */
    static String focusTarget(FacesContext faces, String clientId) {
        AtomicReference<String> target = new AtomicReference<>(clientId);
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof InputHolder input) {
                target.set(input.getInputClientId());
            } else if (component instanceof DateInput date) {
                target.set(date.getDayClientId());
            }
        });
        return target.get();
    }
}
