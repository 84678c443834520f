package org.cinplan.drafts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.AccessLevel;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.Episode;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Keeps, offers back and discards the drafts of long forms ({@link DraftForm}), each its author's alone: every query
 * is by the caller's username, so nobody else ever reads one. Only someone who may record the form on the case (the
 * existing casework access: the allocated worker, a manager of their team; for a visit also Suffolk's family support
 * practitioners) may keep one. Audited as drafts (DRAFT), not as records: when one is started, discarded, or ends
 * because its form was saved; keeping its text as it is typed is not.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class Drafts {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    /**
     * Keeps the text of one box as now typed, replacing what was kept of it; blank text discards it. Returns the draft
     * as kept (empty when there is nothing to keep).
     */
    public Optional<Draft> keep(@NotNull DraftForm form, @NotNull(message = "Choose a case") Long episodeId,
                                @NotNull String field, String text) {
        requireMayRecord(form, episodeId);
        String me = caller();
        Optional<DraftText> kept = find(me, form, episodeId, field);
        if (!DraftRules.worthKeeping(text)) {
            kept.ifPresent(em::remove);
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        DraftText draft = kept.orElse(null);
        if (draft == null) {
            draft = new DraftText(me, form, episodeId, field, DraftRules.body(text), now);
            em.persist(draft);
            em.flush();
            audit(me, episodeId, "Started a draft of " + form.label() + " (" + field + "); not a record");
        } else {
            draft.keep(text, now);
            em.flush();
        }
        return Optional.of(view(draft));
    }

    /**
     * The caller's drafts of this form on the case, oldest box first; nobody else's. Someone who may read the case but
     * not record this form on it (a budget holder reading a plan) has none, and is not refused for asking.
     */
    public List<Draft> mine(@NotNull DraftForm form, @NotNull(message = "Choose a case") Long episodeId) {
        AccessLevel level = CaseAccess.forCaller(em, context, auditTrail).levelForEpisode(episodeId);
        if (level.mayRead() && level != AccessLevel.EDIT && !form.isVisitForm()) {
            return List.of();
        }
        requireMayRecord(form, episodeId);
        return em.createQuery("select d from DraftText d where d.author = :me and d.form = :form"
                        + " and d.episodeId = :episode order by d.id", DraftText.class)
                .setParameter("me", caller()).setParameter("form", form).setParameter("episode", episodeId)
                .getResultStream().map(this::view).toList();
    }

    /** Discards the caller's draft of one box; nothing happens when there is none. */
    public void discard(@NotNull DraftForm form, @NotNull(message = "Choose a case") Long episodeId,
                        @NotNull String field) {
        requireMayRecord(form, episodeId);
        String me = caller();
        find(me, form, episodeId, field).ifPresent(draft -> {
            em.remove(draft);
            audit(me, episodeId, "Discarded a draft of " + form.label() + " (" + field + ")");
        });
    }

    /**
     * The form was saved: its author's drafts of it on that case go, in the transaction of the save (a save that rolls
     * back keeps them). Whoever saved a form was allowed to, so no further check.
     */
    @PermitAll
    public void formSaved(@Observes FormSaved saved) {
        int removed = em.createQuery("delete from DraftText d where d.author = :me and d.form = :form"
                        + " and d.episodeId = :episode")
                .setParameter("me", saved.author()).setParameter("form", saved.form())
                .setParameter("episode", saved.episodeId()).executeUpdate();
        if (removed > 0) {
            audit(saved.author(), saved.episodeId(), "Saved " + saved.form().label() + ": its draft ("
                    + removed + (removed == 1 ? " box" : " boxes") + ") deleted");
        }
    }

    private void requireMayRecord(DraftForm form, Long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        String attempted = "keep a draft of " + form.label();
        if (form.isVisitForm()) {
            access.requireMayVisit(episodeId, attempted);
        } else {
            access.requireMayChange(episodeId, attempted);
        }
    }

    private Optional<DraftText> find(String me, DraftForm form, Long episodeId, String field) {
        return em.createQuery("select d from DraftText d where d.author = :me and d.form = :form"
                        + " and d.episodeId = :episode and d.field = :field", DraftText.class)
                .setParameter("me", me).setParameter("form", form).setParameter("episode", episodeId)
                .setParameter("field", DraftRules.fieldName(field)).getResultStream().findFirst();
    }

    private Draft view(DraftText draft) {
        LocalDateTime savedAt = DraftRules.inUk(draft.savedAt());
        return new Draft(draft.form(), draft.episodeId(), draft.field(), draft.body(), savedAt,
                DraftRules.offer(savedAt, LocalDate.now(clock.withZone(DraftRules.UK))));
    }

    private void audit(String me, long episodeId, String detail) {
        Episode episode = em.find(Episode.class, episodeId);
        auditTrail.record(me, AuditAction.DRAFT, "Draft", "episode " + episodeId,
                episode == null ? null : episode.child().id(), detail, AuditOutcome.SUCCESS);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
