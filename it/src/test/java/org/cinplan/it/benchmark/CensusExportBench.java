package org.cinplan.it.benchmark;

import org.cinplan.returns.CensusAssessment;
import org.cinplan.returns.CensusChild;
import org.cinplan.returns.CensusHeader;
import org.cinplan.returns.CensusScope;
import org.cinplan.returns.CensusValidator;
import org.cinplan.returns.CensusXmlWriter;
import org.cinplan.returns.CinDetails;
import org.cinplan.returns.CinPlanPeriod;
import org.cinplan.returns.CollectionYear;
import org.cinplan.schedule.WorkingDayCalendar;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * The census export benchmark (a plain main, run by {@code mvn -Pbenchmark}, see README): streams synthetic children
 * (by default 100,000, each with one or two episodes, their assessments and CIN plans; one in ten disabled) through the census scope, the
 * validator and the XML writer into a file, in a JVM started with {@code -Xmx256m}, and prints the time, the file's
 * size and the heap: the peak of the heap pools and what is left in use after a collection. No child is kept: each is
 * made, checked, written and dropped, as the council's children are read 500 at a time from the database.
 */
public final class CensusExportBench {

    private static final CollectionYear YEAR = CollectionYear.ending(2026);
    private static final String[] ETHNICITIES = {"WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "WIRI"};
    private static final String[] NEEDS = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"};
    private static final String[] DISABILITIES = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON",
            "AUT", "DDA"};

    private CensusExportBench() {
    }

    public static void main(String[] args) throws IOException {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/census-benchmark.xml");
        Files.createDirectories(file.toAbsolutePath().getParent());
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Random random = new Random(14);
        CensusHeader header = CensusHeader.of(YEAR, "935", "benchmark", 1, LocalDateTime.of(2026, 4, 20, 9, 0));
        CensusScope scope = new CensusScope(YEAR);
        CensusValidator validator = new CensusValidator(header, WorkingDayCalendar.shipped());
        long started = System.nanoTime();
        int written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             CensusXmlWriter writer = new CensusXmlWriter(out, header)) {
            for (int i = 0; i < children; i++) {
                scope.include(syntheticChild(i, random)).ifPresent(child -> {
                    validator.check(child);
                    writer.write(child);
                });
            }
            written = writer.children();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long usedAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("cinplan census export benchmark: %,d children generated, %,d written, %,d findings%n",
                children, written, validator.issues().size());
        System.out.println("  findings by rule: " + validator.issues().stream().collect(java.util.stream.Collectors
                .groupingBy(org.cinplan.returns.CensusIssue::code, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        System.out.printf("  time %,d ms; file %,d bytes (%s)%n", millis, Files.size(file), file);
        System.out.printf("  max heap %d MiB; peak heap in use %d MiB (sum of the heap pools' peaks); in use after GC %d MiB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20, usedAfter >> 20);
    }

    /**
     * An invented child: born 0 to 17 years ago, referred in the last 400 days; one in four of those born by then also had an
     * episode two to three years ago, closed before the later referral.
     */
    private static CensusChild syntheticChild(int n, Random random) {
        LocalDate born = YEAR.referenceDate().minusDays(200 + random.nextInt(365 * 17));
        boolean disabled = random.nextInt(10) == 0;
        boolean bornBeforeAnEarlierEpisode = born.isBefore(YEAR.referenceDate().minusDays(1000));
        List<CinDetails> episodes = bornBeforeAnEarlierEpisode && random.nextInt(4) == 0
                ? List.of(episode(born, disabled, random, true), episode(born, disabled, random, false))
                : List.of(episode(born, disabled, random, false));
        return new CensusChild((long) n, String.format("SYN%07d", n), null, null, "UN5", born, null,
                random.nextBoolean() ? "F" : "M", null, ETHNICITIES[random.nextInt(ETHNICITIES.length)],
                disabled ? twoDisabilities(random) : List.of("NONE"), episodes);
    }

    private static List<String> twoDisabilities(Random random) {
        int first = random.nextInt(DISABILITIES.length);
        return List.of(DISABILITIES[first], DISABILITIES[(first + 1 + random.nextInt(DISABILITIES.length - 1))
                % DISABILITIES.length]);
    }

    private static CinDetails episode(LocalDate born, boolean disabled, Random random, boolean earlier) {
        LocalDate referred = YEAR.referenceDate().minusDays(earlier ? 700 + random.nextInt(300) : random.nextInt(400));
        if (referred.isBefore(born)) {
            referred = born;
        }
        LocalDate decided = referred.plusDays(10 + random.nextInt(30));
        LocalDate closed = earlier || random.nextInt(3) == 0 ? decided.plusDays(30 + random.nextInt(200)) : null;
        if (closed != null && closed.isAfter(YEAR.referenceDate())) {
            closed = null;
        }
        return new CinDetails(referred, "1A", NEEDS[random.nextInt(NEEDS.length)], closed, closed == null ? null : "RC1",
                null, List.of(new CensusAssessment(referred.plusDays(1), null, decided,
                        disabled ? List.of("2B", "5A") : List.of("2B"))),
                List.of(new CinPlanPeriod(decided, closed)), List.of(), false, List.of());
    }
}
