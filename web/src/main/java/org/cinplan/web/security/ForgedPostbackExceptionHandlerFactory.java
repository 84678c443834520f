package org.cinplan.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * Lets a postback refused under the content security policy reach {@link ForgedPostbackFilter} (400), before
 * PrimeFaces' exception handler, which would answer it with the error page like a fault of ours.
 */
public class ForgedPostbackExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ForgedPostbackExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (ForgedPostbackFilter.refusedByContentSecurityPolicy(failure)) {
                    events.remove();
                    throw failure instanceof FacesException faces ? faces : new FacesException(failure);
                }
            }
            super.handle();
        }
    }
}
