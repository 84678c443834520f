package org.cinplan.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** A child an auditor names in a search: the record id entries carry, and what tells two children apart. */
public record ChildReference(long id, String laChildId, String name, LocalDate dateOfBirth) implements Serializable {
}
