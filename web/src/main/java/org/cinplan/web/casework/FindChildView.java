package org.cinplan.web.casework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.ChildMatch;
import org.cinplan.casework.ChildSearch;
import org.cinplan.web.FacesMessages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * "Is this child already known?" (find-child.xhtml): a search by name, and date of birth if known, across the council,
 * before a child is entered as new. A GET form, so a search can be repeated and linked to.
 */
@Named
@RequestScoped
public class FindChildView {

    @Inject
    private ChildSearch search;

    private String name;
    /** As the browser's date field sends it (yyyy-mm-dd), or empty. */
    private String bornText;
    private List<ChildMatch> matches;

    /** Searches when a name was sent (f:viewAction); the first visit shows the empty form. */
    public void search() {
        if (name == null || name.isBlank()) {
            return;
        }
        LocalDate born;
        try {
            born = bornText == null || bornText.isBlank() ? null : LocalDate.parse(bornText.strip());
        } catch (DateTimeParseException notADate) {
            FacesMessages.error("Enter the date of birth as a real date, or leave it out");
            return;
        }
        matches = FacesMessages.orShowProblem(() -> search.find(name, born));
    }

    /** Null before a search; else the matches, those the caller may open first. */
    public List<ChildMatch> getMatches() {
        return matches;
    }

    /** Whether there were more matches than are shown, so the date of birth would narrow them. */
    public boolean isTooMany() {
        return matches != null && matches.size() > ChildSearch.MOST_MATCHES;
    }

    public List<ChildMatch> getShown() {
        return matches == null ? List.of() : matches.stream().limit(ChildSearch.MOST_MATCHES).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBornText() {
        return bornText;
    }

    public void setBornText(String bornText) {
        this.bornText = bornText;
    }
}
