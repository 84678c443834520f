package org.cinplan.returns;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The DfE Children in Need census of a council and collection year: validated on demand (in-year too, so problems
 * are fixed as they arise) and exported as the year's XML. A return with errors may not be submitted (the validation
 * says so), queries only ask the council to check; the file is written either way, so the data team can look at it.
 * Every export is in the audit trail, with its counts.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_ROLE)
public class CensusReturns {

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

    /**
     * Checks the council's return for the year ("2025-26") against cinplan's census rules, as the next export would
     * state it.
     */
    public CensusValidation validate(@NotBlank(message = "Choose a council") String councilCode,
                                     @NotBlank(message = "Choose a collection year") String year) {
        CensusHeader header = header(councilCode, year, checked -> serialNumber(councilCode, checked)
                .map(s -> s.lastSerialNo() + 1).orElse(1));
        return validate(councilCode, header);
    }

    private CensusValidation validate(String councilCode, CensusHeader header) {
        CensusValidator validator = new CensusValidator(header, schedule.calendar());
        CensusScope scope = new CensusScope(header.year());
        int[] children = {0};
        readModel.forEachChild(councilCode, header.year(), child -> scope.include(child)
                .ifPresent(included -> {
                    validator.check(included);
                    children[0]++;
                }));
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
        CensusHeader header = header(councilCode, year, checked -> nextSerialNo(councilCode, checked));
        CensusValidation validation = validate(councilCode, header);
        CensusScope scope = new CensusScope(header.year());
        try (CensusXmlWriter writer = new CensusXmlWriter(out, header)) {
            readModel.forEachChild(councilCode, header.year(), child -> scope.include(child).ifPresent(writer::write));
        }
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.RETURN_EXPORT, "CensusReturn",
                councilCode + " " + validation.year(), null, "Exported the Children in Need census " + validation.year()
                        + " of " + councilCode + " (LA " + header.laNumber() + "): " + validation.children()
                        + " children, " + validation.errors() + " errors, " + validation.queries() + " queries, serial number "
                        + header.serialNo(),
                AuditOutcome.SUCCESS);
        return validation;
    }

    /**
     * Refuses (plainly) a council, year or missing LA number that no return can be made of, before anything is
     * written; returns the file's name.
     */
    public String fileNameIfExportable(@NotBlank(message = "Choose a council") String councilCode,
                                       @NotBlank(message = "Choose a collection year") String year) {
        header(councilCode, year, checked -> 1);
        return fileName(councilCode, year);
    }

    /**
     * Writes Ofsted's Annex A list 6 (children in need) of the council, for the six months to {@code to} and the cases
     * open then, as CSV, or as an XLSX workbook of every list cinplan makes (lists 3, 5, 6 and 7, a sheet each); returns
     * how many rows list 6 has. Audited like the census.
     */
    public int exportAnnexAList6(@NotBlank(message = "Choose a council") String councilCode,
                                 @NotNull(message = "Enter the date the period ends") LocalDate to, boolean workbook,
                                 @NotNull OutputStream out) {
        return exportAnnexA(councilCode, to, workbook ? null : 6, out).get(6);
    }

    /**
     * Writes one of Ofsted's Annex A lists ({@link #ANNEX_A_LISTS}) of the council as CSV, or ({@code list} null) the
     * workbook of them all, for the six months to {@code to}; returns how many rows each list written has, by its
     * number. Audited like the census.
     */
    public Map<Integer, Integer> exportAnnexA(@NotBlank(message = "Choose a council") String councilCode,
                            @NotNull(message = "Enter the date the period ends") LocalDate to, Integer list,
                            @NotNull OutputStream out) {
        if (!readModel.councilExists(councilCode)) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no council with the code " + councilCode);
        }
        if (to.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The period cannot end after today");
        }
        if (list != null && !ANNEX_A_LISTS.contains(list)) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "cinplan makes Annex A lists " + ANNEX_A_LISTS + " only");
        }
        LocalDate from = to.minusMonths(6);
        Map<Integer, AnnexASheet.Filled<?>> sheets = new LinkedHashMap<>();
        for (int number : list == null ? ANNEX_A_LISTS : List.of(list)) {
            sheets.put(number, annexAList(number, councilCode, from, to));
        }
        if (list == null) {
            AnnexASheet.writeWorkbook(List.copyOf(sheets.values()), out);
        } else {
            sheets.get(list).writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        }
        String counts = sheets.entrySet().stream().map(e -> "list " + e.getKey() + " " + e.getValue().rows().size()
                + " rows").collect(Collectors.joining(", "));
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.RETURN_EXPORT, "AnnexA",
                councilCode + (list == null ? " lists " + ANNEX_A_LISTS : " list " + list) + " to " + to, null,
                "Exported Ofsted's Annex A " + (list == null ? "lists" : "list " + list) + " of " + councilCode
                        + " for the six months to " + to + (list == null ? " (XLSX)" : " (CSV)") + ": " + counts,
                AuditOutcome.SUCCESS);
        Map<Integer, Integer> rows = new LinkedHashMap<>();
        sheets.forEach((number, filled) -> rows.put(number, filled.rows().size()));
        return rows;
    }

    /** The Annex A lists cinplan makes, in their workbook's order. */
    public static final List<Integer> ANNEX_A_LISTS = List.of(3, 5, 6, 7);

    /** One Annex A list of the council for the period, with its rows: where each list is registered. */
    private AnnexASheet.Filled<?> annexAList(int number, String councilCode, LocalDate from, LocalDate to) {
        return switch (number) {
            case 3 -> new AnnexASheet.Filled<>(AnnexAList3.SHEET, annexAEpisodes.list3(councilCode, from, to));
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
