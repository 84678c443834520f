package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.PeopleAroundTheChild;
import org.cinplan.casework.PersonAroundTheChildView;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.RecipientKind;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.meetings.HeldMeetingsView;
import org.cinplan.web.meetings.MeetingBookingsView;
import org.cinplan.web.planning.PlanEditorView;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Choosing from the people around the child (issue 15 item 3) where a case's meetings and documents need people: an
 * invitee of a booked meeting, a recipient on the plan's distribution list, a recipient of minutes sent by hand. The
 * choice fills in the form with their name, relationship and recorded email address; everything stays editable, and
 * professionals and agencies are still typed in.
 */
@Named
@ViewScoped
public class PeopleChoiceView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Relationships whose holder gets the plan as a parent or carer (with the plan in plain words). */
    private static final Pattern PARENT = Pattern.compile("mother|father|parent|carer|guardian");

    @Inject
    private PeopleAroundTheChild people;

    @Inject
    private MeetingBookingsView bookings;

    @Inject
    private HeldMeetingsView held;

    @Inject
    private PlanEditorView planEditor;

    private Long episodeId;
    private List<PersonAroundTheChildView> around;

    /** The person chosen for each booking's invitation, by booking id. */
    private final Map<Long, Long> invitees = new HashMap<>();
    private Long planRecipient;
    private Long minutesRecipient;

    /** The people around the child of this case, read once per view. */
    public List<PersonAroundTheChildView> of(Long episodeId) {
        if (episodeId != null && (around == null || !episodeId.equals(this.episodeId))) {
            this.episodeId = episodeId;
            around = FacesMessages.orShowProblem(() -> people.ofCase(episodeId));
        }
        return around == null ? List.of() : around;
    }

    /** Fills in the booking's invitation with the person chosen. */
    public void inviteChosen(long bookingId) {
        chosen(invitees.get(bookingId)).ifPresent(p -> {
            bookings.getInviteeNames().put(bookingId, p.fullName());
            bookings.getInviteeRoles().put(bookingId, capitalised(p.relationship()));
            bookings.getInviteeEmails().put(bookingId, p.email());
        });
    }

    /** Adds the person chosen to the draft plan's distribution list. */
    public void addPlanRecipient() {
        chosen(planRecipient).ifPresent(p -> planEditor.addChosenRecipient(new PlanRecipient(p.fullName(),
                PARENT.matcher(p.relationship().toLowerCase(Locale.UK)).find() || p.parentalResponsibility()
                        ? RecipientKind.PARENT : RecipientKind.OTHER, null, p.email())));
        planRecipient = null;
    }

    /** Adds the person chosen to the recipients of minutes sent by hand, with their email or postal address. */
    public void addMinutesRecipient() {
        chosen(minutesRecipient).ifPresent(p -> {
            String line = p.fullName() + (p.email() != null ? " <" + p.email() + ">"
                    : p.address() != null ? ", " + p.address().replaceAll("\\s*\\R\\s*", ", ") : "");
            String before = held.getRecipients();
            held.setRecipients(before == null || before.isBlank() ? line : before.stripTrailing() + "\n" + line);
        });
        minutesRecipient = null;
    }

    /** The person as the choice lists show them: "Dan Test, father (parental responsibility), dan@example.org". */
    public String choiceLabel(PersonAroundTheChildView p) {
        return p.label() + (p.email() == null ? ", no email address" : ", " + p.email());
    }

    private Optional<PersonAroundTheChildView> chosen(Long personId) {
        return personId == null ? Optional.empty()
                : (around == null ? List.<PersonAroundTheChildView>of() : around).stream()
                .filter(p -> p.id().equals(personId)).findFirst();
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }

    public Map<Long, Long> getInvitees() {
        return invitees;
    }

    public Long getPlanRecipient() {
        return planRecipient;
    }

    public void setPlanRecipient(Long planRecipient) {
        this.planRecipient = planRecipient;
    }

    public Long getMinutesRecipient() {
        return minutesRecipient;
    }

    public void setMinutesRecipient(Long minutesRecipient) {
        this.minutesRecipient = minutesRecipient;
    }
}
