package org.cinplan.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;

import java.io.IOException;
import java.time.LocalDate;

/**
 * cp:dateInput (resources/components/dateInput.xhtml): a date as day, month and year fields, read by
 * {@link DayMonthYear}. A date that cannot be read is refused with its own message and stays as typed.
 */
@FacesComponent("cinplan.DateInput")
public class DateInput extends UIInput implements NamingContainer {

    private static final String[] PARTS = {"day", "month", "year"};

    @Override
    public String getFamily() {
        return UINamingContainer.COMPONENT_FAMILY;
    }

    /** The day field's client id: where the error summary's link takes the user. */
    public String getDayClientId() {
        return part("day").getClientId();
    }

    /** The three parts as sent, so that validation runs even when all are empty. */
    @Override
    public Object getSubmittedValue() {
        return new DayMonthYear(submitted("day"), submitted("month"), submitted("year"));
    }

    @Override
    protected Object getConvertedValue(FacesContext context, Object submitted) {
        try {
            return ((DayMonthYear) submitted).toDate(String.valueOf(getAttributes().get("label")));
        } catch (DayMonthYear.NotADate notADate) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, notADate.getMessage(),
                    notADate.getMessage()));
        }
    }

    /** The fields show the date held, unless it was refused: then they keep what was typed. */
    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        if (isValid()) {
            DayMonthYear shown = DayMonthYear.of((LocalDate) getValue());
            part("day").setValue(shown.day());
            part("month").setValue(shown.month());
            part("year").setValue(shown.year());
            for (String name : PARTS) {
                part(name).setSubmittedValue(null);
            }
        }
        super.encodeBegin(context);
    }

    private String submitted(String name) {
        UIInput part = part(name);
        Object value = part.getSubmittedValue() != null ? part.getSubmittedValue() : part.getLocalValue();
        return value == null ? "" : value.toString();
    }

    private UIInput part(String name) {
        return (UIInput) findComponent(name);
    }
}
