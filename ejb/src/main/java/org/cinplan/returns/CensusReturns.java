package org.cinplan.returns;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.cinplan.platform.Role;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The statutory returns: the DfE Children in Need census of a council and collection year, validated on demand
 * (in-year too, so problems are fixed as they arise) and exported as the year's XML, and Ofsted's Annex A lists. A
 * return with errors may not be submitted (the validation says so), queries only ask the council to check; the file
 * is written either way, so the data team can look at it. Data officers produce returns and download them: each is
 * generated in the background and kept in a history, which administrators and auditors see too (never the data).
 * Every export and every download is in the audit trail.
 */
@Stateless
@RolesAllowed(Role.DATA_OFFICER_ROLE)
public class CensusReturns {

    /** Minutes without progress after which a running return is shown stopped (the server stopped under it). */
    static final int STALLED = 30;

    /** The release of cinplan that writes the file (the header's {@code Release}). */
    static final String RELEASE = "0.1";

    @Inject
    private CensusReadModel readModel;

    @Inject
    private AnnexAReadModel annexA;

    @Inject
    private AnnexAEpisodesOfNeed annexAEpisodes;

    @Inject
    private ScheduleCatalog schedule;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReturnProgress progressStore;

    @Inject
    private ReturnGeneration generation;

    /**
     * Checks the council's return for the year ("2025-26") against cinplan's census rules, as the next export would
     * state it.
     */
    public CensusValidation validate(@NotBlank(message = "Choose a council") String councilCode,
                                     @NotBlank(message = "Choose a collection year") String year) {
        CensusHeader header = header(councilCode, year, checked -> serialNumber(councilCode, checked)
                .map(s -> s.lastSerialNo() + 1).orElse(1));
        return validate(councilCode, header, new GenerationProgress(1, percent -> { }));
    }

    private CensusValidation validate(String councilCode, CensusHeader header, GenerationProgress progress) {
        CensusValidator validator = new CensusValidator(header, schedule.calendar());
        CensusScope scope = new CensusScope(header.year());
        int[] children = {0};
        readModel.forEachChild(councilCode, header.year(), child -> scope.include(child)
                .ifPresent(included -> {
                    validator.check(included);
                    children[0]++;
                }), progress);
        return new CensusValidation(councilCode, header.year().label(), header.laNumber(), children[0],
                validator.issues());
    }

    /**
     * Writes the council's census file for the year to {@code out}, one child at a time, and returns its validation
     * (whose children are those written; {@link CensusValidation#submittable()} says whether it may be submitted).
     */
    public CensusValidation export(@NotBlank(message = "Choose a council") String councilCode,
                                   @NotBlank(message = "Choose a collection year") String year,
                                   @NotNull OutputStream out) {
        return export(councilCode, year, out, percent -> { }).validation();
    }

    /**
     * As {@link #export(String, String, OutputStream)}, telling {@code progress} how far it has gone (percent: the
     * validation's pass over the children, then the writing's), and counting the episodes of need written.
     */
    public CensusExport export(@NotBlank(message = "Choose a council") String councilCode,
                               @NotBlank(message = "Choose a collection year") String year,
                               @NotNull OutputStream out, @NotNull IntConsumer progress) {
        CensusHeader header = header(councilCode, year, checked -> nextSerialNo(councilCode, checked));
        GenerationProgress passes = new GenerationProgress(2, progress);
        CensusValidation validation = validate(councilCode, header, passes);
        passes.nextPass();
        CensusScope scope = new CensusScope(header.year());
        int[] episodes = {0};
        try (CensusXmlWriter writer = new CensusXmlWriter(out, header)) {
            readModel.forEachChild(councilCode, header.year(), child -> scope.include(child).ifPresent(included -> {
                writer.write(included);
                episodes[0] += included.episodes().size();
            }), passes);
        }
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.RETURN_EXPORT, "CensusReturn",
                councilCode + " " + validation.year(), null, "Exported the Children in Need census " + validation.year()
                        + " of " + councilCode + " (LA " + header.laNumber() + "): " + validation.children()
                        + " children, " + validation.errors() + " errors, " + validation.queries() + " queries, serial number "
                        + header.serialNo(),
                AuditOutcome.SUCCESS);
        return new CensusExport(validation, episodes[0]);
    }

    /**
     * Writes Ofsted's Annex A of the council, for the six months to {@code to} and the cases open then, in the format
     * ({@link #annexAChoices()}: a workbook of every list, or one list as CSV), telling {@code progress} how far it
     * has gone (percent, a share per list); returns its counts. Audited like the census.
     */
    public ReturnCounts exportAnnexA(@NotBlank(message = "Choose a council") String councilCode,
                                     @NotNull(message = "Enter the date the period ends") LocalDate to,
                                     @NotBlank(message = "Choose how to write Annex A") String formatCode,
                                     @NotNull OutputStream out, @NotNull IntConsumer progress) {
        AnnexAFormat format = checkAnnexA(councilCode, to, formatCode);
        GenerationProgress passes = new GenerationProgress(1, progress);
        List<AnnexASheet.Filled<?>> lists = new ArrayList<>();
        for (int number : format.lists()) {
            lists.add(annexAList(number, councilCode, to.minusMonths(6), to));
            passes.done(lists.size(), format.lists().size() + 1);
        }
        if (format.workbook()) {
            AnnexASheet.writeWorkbook(lists, out);
        } else {
            lists.get(0).writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
        int children = (int) lists.stream().flatMap(AnnexASheet.Filled::childIds).distinct().count();
        int rows = lists.stream().mapToInt(list -> list.rows().size()).sum();
        String counts = lists.stream().map(list -> list.sheet().name() + " " + list.rows().size() + " rows")
                .collect(Collectors.joining(", "));
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.RETURN_EXPORT, "AnnexA",
                councilCode + " " + format.code() + " to " + to, null, "Exported Ofsted's Annex A of " + councilCode
                        + " for the six months to " + to + ", " + format.label() + ": " + children + " children; "
                        + counts, AuditOutcome.SUCCESS);
        return new ReturnCounts(children, rows, null, null);
    }

    /** The ways to write Annex A: the workbook of every list, then each list as CSV. */
    public List<AnnexAChoice> annexAChoices() {
        return AnnexAFormat.all().stream().map(format -> new AnnexAChoice(format.code(), format.label())).toList();
    }

    /**
     * Asks for the council's census of the year: refused plainly (before anything is kept) for a council, year or
     * missing LA number no return can be made of; otherwise kept in the history as running and generated in the
     * background. Returns its id in the history.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // kept before the background work looks for it
    public long generateCensus(@NotBlank(message = "Choose a council") String councilCode,
                               @NotBlank(message = "Choose a collection year") String year) {
        header(councilCode, year, checked -> 1);
        long id = progressStore.queueCensus(councilCode, CollectionYear.parse(year).label());
        generation.generate(id);
        return id;
    }

    /** Asks for the council's Annex A as {@link #generateCensus} does the census. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long generateAnnexA(@NotBlank(message = "Choose a council") String councilCode,
                               @NotNull(message = "Enter the date the period ends") LocalDate to,
                               @NotBlank(message = "Choose how to write Annex A") String formatCode) {
        checkAnnexA(councilCode, to, formatCode);
        long id = progressStore.queueAnnexA(councilCode, to, formatCode);
        generation.generate(id);
        return id;
    }

    /** The history, newest first: {@code max} returns from the {@code first}. Never their data. */
    @RolesAllowed({Role.DATA_OFFICER_ROLE, Role.ADMINISTRATOR_ROLE, Role.AUDITOR_ROLE})
    public List<ReturnSummary> history(@PositiveOrZero int first, @Positive @Max(AuditTrail.MAX_PAGE_SIZE) int max) {
        LocalDateTime stalledBefore = LocalDateTime.now(clock).minusMinutes(STALLED);
        return em.createQuery("select r from StatutoryReturn r order by r.requestedAt desc, r.id desc",
                        StatutoryReturn.class)
                .setFirstResult(first).setMaxResults(max)
                .getResultList().stream().map(kept -> kept.summary(stalledBefore)).toList();
    }

    /** How many returns the history holds. */
    @RolesAllowed({Role.DATA_OFFICER_ROLE, Role.ADMINISTRATOR_ROLE, Role.AUDITOR_ROLE})
    public long historySize() {
        return em.createQuery("select count(r) from StatutoryReturn r", Long.class).getSingleResult();
    }

    /** Whether any return is being generated (the page polls while one is). */
    @RolesAllowed({Role.DATA_OFFICER_ROLE, Role.ADMINISTRATOR_ROLE, Role.AUDITOR_ROLE})
    public boolean anyRunning() {
        LocalDateTime stalledBefore = LocalDateTime.now(clock).minusMinutes(STALLED);
        return !em.createQuery("select r.id from StatutoryReturn r where r.status = :running"
                        + " and r.progressedAt >= :since", Long.class)
                .setParameter("running", StatutoryReturn.Status.RUNNING).setParameter("since", stalledBefore)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * A kept return's file, as it was generated, for a data officer to download; the download is audited with the
     * file's SHA-256.
     */
    public ReturnDownload download(long returnId) {
        StatutoryReturn kept = em.find(StatutoryReturn.class, returnId);
        if (kept == null || kept.status() != StatutoryReturn.Status.DONE) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no finished return " + returnId
                    + " to download");
        }
        ReturnFile file = kept.file();
        String contentType = kept.kind() == StatutoryReturn.Kind.CENSUS ? "application/xml; charset=UTF-8"
                : AnnexAFormat.parse(kept.fileFormat()).contentType();
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.RETURN_DOWNLOAD, "StatutoryReturn",
                String.valueOf(returnId), null, "Downloaded " + kept.fileName() + " (" + file.size() + " bytes, SHA-256 "
                        + file.sha256() + ")", AuditOutcome.SUCCESS);
        return new ReturnDownload(kept.fileName(), contentType, file);
    }

    private AnnexAFormat checkAnnexA(String councilCode, LocalDate to, String formatCode) {
        if (!readModel.councilExists(councilCode)) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no council with the code " + councilCode);
        }
        if (to.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The period cannot end after today");
        }
        return AnnexAFormat.parse(formatCode);
    }

    /** The Annex A lists cinplan makes, in their workbook's order. */
    public static final List<Integer> ANNEX_A_LISTS = List.of(3, 4, 5, 6, 7);

    /** One Annex A list of the council for the period, with its rows: where each list is registered. */
    private AnnexASheet.Filled<?> annexAList(int number, String councilCode, LocalDate from, LocalDate to) {
        return switch (number) {
            case 3 -> new AnnexASheet.Filled<>(AnnexAList3.SHEET, annexAEpisodes.list3(councilCode, from, to));
            case 4 -> new AnnexASheet.Filled<>(AnnexAList4.SHEET, annexA.list4(councilCode, from, to));
            case 5 -> new AnnexASheet.Filled<>(AnnexAList5.SHEET, annexAEpisodes.list5(councilCode, from, to));
            case 6 -> new AnnexASheet.Filled<>(AnnexAList6.LIST, annexA.list6(councilCode, from, to));
            case 7 -> new AnnexASheet.Filled<>(AnnexAList7.SHEET, annexAEpisodes.list7(councilCode, from, to));
            default -> throw new IllegalArgumentException("No Annex A list " + number);
        };
    }

    /** The years to choose from: this year to date first, then the two before it ("2026-27", "2025-26", ...). */
    public java.util.List<String> years() {
        CollectionYear current = CollectionYear.containing(java.time.LocalDate.now(clock));
        return java.util.stream.IntStream.range(0, 3)
                .mapToObj(back -> CollectionYear.ending(current.endYear() - back).label()).toList();
    }

    /** The file's name: {@code cin-census-<council>-<year>.xml}. */
    public static String fileName(String councilCode, String year) {
        return "cin-census-" + councilCode.toLowerCase(java.util.Locale.ROOT) + "-" + year + ".xml";
    }

    /** Takes the council's next serial number for the year (the first export's is 1), in the export's transaction. */
    private int nextSerialNo(String councilCode, CollectionYear year) {
        Optional<CensusSerialNumber> used = serialNumber(councilCode, year);
        if (used.isEmpty()) {
            em.persist(new CensusSerialNumber(councilCode, year.label()));
            em.flush(); // before the read model clears the persistence context between batches
            return 1;
        }
        CensusSerialNumber serial = used.get();
        em.lock(serial, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(serial);
        int next = serial.takeNext();
        em.flush();
        return next;
    }

    private Optional<CensusSerialNumber> serialNumber(String councilCode, CollectionYear year) {
        return em.createQuery("select s from CensusSerialNumber s where s.councilCode = :council"
                        + " and s.collectionYear = :year", CensusSerialNumber.class)
                .setParameter("council", councilCode).setParameter("year", year.label())
                .getResultStream().findFirst();
    }

    /** The header, once the council, year and LA number are known to be good; only then is a serial number taken. */
    private CensusHeader header(String councilCode, String year, ToIntFunction<CollectionYear> serialNo) {
        if (!readModel.councilExists(councilCode)) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no council with the code " + councilCode);
        }
        CollectionYear collectionYear;
        try {
            collectionYear = CollectionYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, e.getMessage());
        }
        String laNumber = readModel.laNumberOf(councilCode);
        if (laNumber == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Set the council's DfE LA number (below, on this page) first: the return states it");
        }
        return CensusHeader.of(collectionYear, laNumber, RELEASE, serialNo.applyAsInt(collectionYear),
                LocalDateTime.now(clock));
    }
}
