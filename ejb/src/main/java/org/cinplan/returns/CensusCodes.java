package org.cinplan.returns;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** The code lists of the Children in Need census 2025-26 specification. */
public final class CensusCodes {

    /** {@code Sex} (replacing GenderCurrent): male, female, not known. */
    public static final Set<String> SEX = Set.of("M", "F", "U");

    public static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS",
            "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static final Set<String> DISABILITY = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR",
            "VIS", "BEH", "CON", "AUT", "DDA");

    /** Why there is no UPN: each code with its meaning in the census guide, in order. */
    public static final Map<String, String> UPN_UNKNOWN_REASONS = reasons(
            "UN1", "Child is now adopted",
            "UN2", "Child has never attended a school in England and has never been given a UPN",
            "UN3", "Child is educated at home and has never been given a UPN",
            "UN4", "Child has newly arrived from abroad and has not yet been given a UPN",
            "UN5", "The records that hold UPNs differ on the child's name or date of birth, so no match is reliable",
            "UN6", "Child is under 6 and not yet at school",
            "UN7", "Referral with no further action");

    /** Why there is no UPN. */
    public static final Set<String> UPN_UNKNOWN = UPN_UNKNOWN_REASONS.keySet();

    public static final Set<String> REFERRAL_SOURCE = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C",
            "3D", "3E", "3F", "4", "5A", "5B", "5C", "6", "7", "8", "9", "10");

    public static final Set<String> PRIMARY_NEED = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    public static final Set<String> REASON_FOR_CLOSURE = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7",
            "RC8", "RC9");

    /** The factors identified at assessment; 18A and 19A are superseded by 18B/18C and 19B/19C. */
    public static final Set<String> ASSESSMENT_FACTOR = Set.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C",
            "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A",
            "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A",
            "24A");

    public static final Set<String> CATEGORY_OF_ABUSE = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");

    /**
     * The LA codes a UPN's characters 2 to 4 may carry (rule 1530): post-April-1998 LA codes and the recognised
     * pseudo-LA codes.
     */
    public static final Set<String> UPN_LA_CODES = upnLaCodes();

    /** The check letters of a UPN, by the remainder of its weighted digit sum divided by 23 (rule 1510). */
    static final String UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private CensusCodes() {
    }

    private static Set<String> upnLaCodes() {
        Set<String> codes = new HashSet<>();
        int[][] ranges = {{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
                {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 816},
                {820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861},
                {865, 896}, {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926}, {928, 929}, {931, 931},
                {933, 933}, {935, 938}, {940, 943}};
        for (int[] range : ranges) {
            IntStream.rangeClosed(range[0], range[1]).forEach(code -> codes.add(String.format("%03d", code)));
        }
        return Set.copyOf(codes);
    }

    private static Map<String, String> reasons(String... codesAndMeanings) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            reasons.put(codesAndMeanings[i], codesAndMeanings[i + 1]);
        }
        return Collections.unmodifiableMap(reasons);
    }
}
