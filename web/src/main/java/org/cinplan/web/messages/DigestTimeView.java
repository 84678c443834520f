package org.cinplan.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.messages.MessageSettings;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalTime;

/** The time of the daily digest emails, for administrators (sweep run log page), and sending them by hand. */
@Named
@ViewScoped
public class DigestTimeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageSettings settings;

    private Integer hour;
    private Integer minute;

    public Integer getHour() {
        if (hour == null) {
            hour = settings.digestTime().getHour();
        }
        return hour;
    }

    public void setHour(Integer hour) {
        this.hour = hour;
    }

    public Integer getMinute() {
        if (minute == null) {
            minute = settings.digestTime().getMinute();
        }
        return minute;
    }

    public void setMinute(Integer minute) {
        this.minute = minute;
    }

    public void save() {
        if (hour == null || minute == null || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            FacesMessages.error("Enter the hour (0 to 23) and minute (0 to 59) of the daily digest");
            return;
        }
        LocalTime saved = FacesMessages.orShowProblem(() -> settings.changeDigestTime(LocalTime.of(hour, minute)));
        if (saved != null) {
            FacesMessages.info("The daily digest now goes at " + saved + " (UK time).");
        }
    }

    public void sendNow() {
        Integer queued = FacesMessages.orShowProblem(settings::sendDigestsNow);
        if (queued != null) {
            FacesMessages.info("Today's digests are being sent to " + queued + " workers.");
        }
    }
}
