package org.cinplan.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.messages.MessageLog;
import org.cinplan.messages.MessageView;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.io.Serializable;
import java.util.List;

/** The emails sent about the case on the case page: a failed or waiting one shows why. */
@Named
@ViewScoped
public class CaseMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageLog messageLog;

    @Inject
    private CaseDeadlinesView caseView;

    private List<MessageView> messages;

    public List<MessageView> getMessages() {
        if (messages == null) {
            messages = caseView.getEpisodeId() == null ? List.of() : messageLog.ofCase(caseView.getEpisodeId());
        }
        return messages;
    }

    public boolean isAnyProblem() {
        return getMessages().stream().anyMatch(MessageView::problem);
    }

    public void refresh() {
        messages = null;
    }
}
