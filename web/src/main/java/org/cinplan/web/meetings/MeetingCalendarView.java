package org.cinplan.web.meetings;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.meetings.BookingView;
import org.cinplan.meetings.MeetingScheduling;
import org.cinplan.web.FacesMessages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The meetings calendar: the CIN meetings booked on the caller's cases (their team's, for a manager), as a calendar that
 * loads the weeks shown, and as a list of the next eight weeks. Each entry opens its case.
 */
@Named
@ViewScoped
public class MeetingCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIST_WEEKS = 8;

    @Inject
    private MeetingScheduling scheduling;

    private List<BookingView> upcoming;

    private final ScheduleModel calendar = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            List<BookingView> shown = FacesMessages.orShowProblem(
                    () -> scheduling.calendar(start.toLocalDate(), end.toLocalDate()));
            for (BookingView booking : shown == null ? List.<BookingView>of() : shown) {
                addEvent(DefaultScheduleEvent.<Long>builder()
                        .id(Long.toString(booking.id()))
                        .title(booking.title() + " (" + booking.venue() + ")")
                        .startDate(booking.startsAt())
                        .endDate(booking.endsAt())
                        .url(context + "/case.xhtml?episode=" + booking.episodeId())
                        .styleClass(booking.isBooked() ? "meeting-booked" : "meeting-held")
                        .editable(false)
                        .data(booking.id())
                        .build());
            }
        }
    };

    public ScheduleModel getCalendar() {
        return calendar;
    }

    /** The meetings from today to eight weeks ahead, soonest first. */
    public List<BookingView> getUpcoming() {
        if (upcoming == null) {
            LocalDate today = LocalDate.now();
            upcoming = FacesMessages.orShowProblem(() -> scheduling.calendar(today, today.plusWeeks(LIST_WEEKS)));
        }
        return upcoming == null ? List.of() : upcoming;
    }
}
