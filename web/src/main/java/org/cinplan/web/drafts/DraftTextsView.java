package org.cinplan.web.drafts;

import jakarta.ejb.EJBException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.drafts.Draft;
import org.cinplan.drafts.DraftForm;
import org.cinplan.drafts.Drafts;
import org.cinplan.platform.BusinessRuleViolation;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drafts of the text boxes ({@code cp:draftText}) of one page: each box's text is kept on the server as it is typed
 * (a debounced ajax call that neither validates nor touches the form's own bean); a draft kept earlier is offered
 * ("carry on" fills the box through the box's own value binding, "discard" deletes it) before anything new is kept of
 * that box, so an earlier draft is never overwritten unseen. The form's own save deletes the drafts (on the server).
 */
@Named
@ViewScoped
public class DraftTextsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private Drafts drafts;

    /** The drafts found when the page opened, by form and case, then by box; read once per form and case. */
    private final Map<String, Map<String, Draft>> found = new HashMap<>();
    /** The boxes whose offered draft was answered (carried on or discarded), or never had one to offer. */
    private final Set<String> answered = new HashSet<>();
    private final Map<String, String> status = new HashMap<>();

    /**
     * The draft offered for this box, or null: none, answered already, or saying what the box already shows (a plan's
     * text saved a moment after its draft was last kept).
     */
    public Draft offered(String form, Long episodeId, String field, Object shown) {
        if (episodeId == null || answered.contains(key(form, episodeId, field))) {
            return null;
        }
        Draft draft = found(form, episodeId).get(field);
        return draft == null || draft.text().equals(shown) ? null : draft;
    }

    /** What the box says of its draft: kept at what time, or why not. */
    public String status(String form, Long episodeId, String field) {
        return status.get(key(form, episodeId, field));
    }

    /**
     * Keeps the box's text as typed (its p:ajax, immediate: the typed text is read from the box, never validated nor
     * put into the form's bean, and only the draft's status is rendered).
     */
    public void keep(AjaxBehaviorEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.renderResponse();
        UIInput box = (UIInput) event.getComponent();
        DraftBox draftBox = DraftBox.of(UIComponent.getCompositeComponentParent(box));
        if (draftBox.episodeId() == null) {
            return;
        }
        String key = key(draftBox.form(), draftBox.episodeId(), draftBox.field());
        if (offered(draftBox.form(), draftBox.episodeId(), draftBox.field(), box.getValue()) != null) {
            status.put(key, "Carry on with your draft or discard it first: what you type now is not kept yet.");
            return;
        }
        Object typed = box.getSubmittedValue();
        try {
            status.put(key, drafts.keep(DraftForm.valueOf(draftBox.form()), draftBox.episodeId(), draftBox.field(),
                            typed == null ? null : typed.toString())
                    .map(d -> "Draft kept at " + TIME.format(d.savedAt()) + " (only you can see it; it is not a record"
                            + " until you save the form).")
                    .orElse(null));
        } catch (BusinessRuleViolation | EJBException notKept) {
            status.put(key, "Could not keep a draft just now: "
                    + (notKept instanceof BusinessRuleViolation ? notKept.getMessage() : "it is tried again as you type."));
        }
    }

    /** Fills the box with its draft (through the box's value binding) and stops offering it. */
    public void carryOn(ActionEvent event) {
        UIComponent composite = UIComponent.getCompositeComponentParent(event.getComponent());
        DraftBox draftBox = DraftBox.of(composite);
        Draft draft = offered(draftBox.form(), draftBox.episodeId(), draftBox.field(), null);
        if (draft == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        composite.getValueExpression("value").setValue(faces.getELContext(), draft.text());
        ((UIInput) composite.findComponent("text")).resetValue();
        String key = key(draftBox.form(), draftBox.episodeId(), draftBox.field());
        answered.add(key);
        status.put(key, "Carrying on with your draft from " + TIME.format(draft.savedAt()) + ".");
    }

    /** Deletes the box's draft and stops offering it. */
    public void discard(ActionEvent event) {
        DraftBox draftBox = DraftBox.of(UIComponent.getCompositeComponentParent(event.getComponent()));
        String key = key(draftBox.form(), draftBox.episodeId(), draftBox.field());
        try {
            drafts.discard(DraftForm.valueOf(draftBox.form()), draftBox.episodeId(), draftBox.field());
            answered.add(key);
            status.put(key, "Draft discarded.");
        } catch (BusinessRuleViolation | EJBException notDiscarded) {
            status.put(key, "Could not discard the draft just now: try again.");
        }
    }

    private Map<String, Draft> found(String form, Long episodeId) {
        return found.computeIfAbsent(form + "/" + episodeId, k -> {
            Map<String, Draft> byField = new HashMap<>();
            try {
                List<Draft> mine = drafts.mine(DraftForm.valueOf(form), episodeId);
                mine.forEach(d -> byField.put(d.field(), d));
            } catch (BusinessRuleViolation | EJBException none) {
                // Someone who may not record the form has no drafts of it: the form itself says why.
            }
            return byField;
        });
    }

    private static String key(String form, Long episodeId, String field) {
        return form + "/" + episodeId + "/" + field;
    }

    /** A box's draft key, from the attributes of its {@code cp:draftText}. */
    record DraftBox(String form, Long episodeId, String field) {

        static DraftBox of(UIComponent composite) {
            Map<String, Object> attributes = composite.getAttributes();
            Object episode = attributes.get("episode");
            return new DraftBox((String) attributes.get("form"),
                    episode == null ? null : Long.valueOf(episode.toString()), (String) attributes.get("field"));
        }
    }
}
