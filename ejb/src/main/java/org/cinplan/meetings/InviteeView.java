package org.cinplan.meetings;

import java.io.Serializable;

/** An invitee as pages show them; {@code attendance} is null until the meeting is held. */
public record InviteeView(long id, String name, String roleOrAgency, String attendance, boolean writtenUpdate,
                          String email) implements Serializable {

    static InviteeView of(MeetingInvitee invitee) {
        return new InviteeView(invitee.id(), invitee.name(), invitee.roleOrAgency(),
                invitee.attendance() == null ? null : invitee.attendance().label(), invitee.writtenUpdate(),
                invitee.email());
    }

    public String label() {
        return name + " (" + roleOrAgency + ")";
    }
}
