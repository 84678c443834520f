package org.cinplan.web.messages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.messages.MessageLog;
import org.cinplan.messages.MessageView;
import org.cinplan.web.deadlines.CaseDeadlinesView;

import java.util.List;

/**
 * The emails sent about the case on the case page: a failed or waiting one shows why. Read once a request, so a form
 * that updates it shows what it just queued.
 */
@Named
@RequestScoped
public class CaseMessagesView {

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
}
