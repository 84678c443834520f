package org.cinplan.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.messages.MessageSettings;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;

/** Turning one's own daily digest email on or off (My caseload). */
@Named
@ViewScoped
public class DigestSettingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageSettings settings;

    private Boolean wanted;

    public boolean isWanted() {
        if (wanted == null) {
            wanted = settings.digestWanted();
        }
        return wanted;
    }

    public void toggle() {
        boolean want = !isWanted();
        if (FacesMessages.done(() -> settings.wantDigest(want), want
                ? "The daily digest is on: it comes by email at the time your administrators set."
                : "The daily digest is off: no daily email comes to you.")) {
            wanted = want;
        }
    }
}
