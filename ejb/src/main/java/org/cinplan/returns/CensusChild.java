package org.cinplan.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One child of a census return: the {@code ChildIdentifiers} and {@code ChildCharacteristics} modules and one
 * {@link CinDetails} per episode of need the return includes. {@code recordId} is cinplan's own id of the child, to
 * link a validation result to the record; it is never written to the file. Codes are kept as the DfE writes them, so
 * that the validation rules can see a wrong one.
 */
public record CensusChild(Long recordId, String laChildId, String upn, String formerUpn, String upnUnknown,
                          LocalDate birthDate, LocalDate expectedBirthDate, String sex, LocalDate deathDate,
                          String ethnicity, List<String> disabilities, List<CinDetails> episodes) {

    public CensusChild {
        disabilities = List.copyOf(Objects.requireNonNullElse(disabilities, List.of()));
        episodes = List.copyOf(Objects.requireNonNullElse(episodes, List.of()));
    }

    /** The same child with only these episodes (the ones a return includes). */
    public CensusChild withEpisodes(List<CinDetails> included) {
        return new CensusChild(recordId, laChildId, upn, formerUpn, upnUnknown, birthDate, expectedBirthDate, sex,
                deathDate, ethnicity, disabilities, included);
    }

    /** Born, as far as the census knows: a date of birth is recorded. */
    public boolean isBorn() {
        return birthDate != null;
    }
}
