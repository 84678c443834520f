package org.cinplan.casework;

import java.io.Serializable;

/** A member of staff a family's cases may be allocated to. */
public record AllocatableWorker(long id, String name, String teamName) implements Serializable {
}
