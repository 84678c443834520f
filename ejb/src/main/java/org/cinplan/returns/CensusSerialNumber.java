package org.cinplan.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** The serial numbers a council's census of one collection year has used: each export takes the next, from 1. */
@Entity
@Table(name = "census_serial_number")
class CensusSerialNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "council_code", nullable = false, length = 40)
    private String councilCode;

    @Column(name = "collection_year", nullable = false, length = 7)
    private String collectionYear;

    @Column(name = "last_serial_no", nullable = false)
    private int lastSerialNo;

    @Version
    @Column(name = "row_version")
    private int version;

    protected CensusSerialNumber() {
    }

    /** The first export of the council's year, which takes serial number 1. */
    CensusSerialNumber(String councilCode, String collectionYear) {
        this.councilCode = Objects.requireNonNull(councilCode, "which council?");
        this.collectionYear = Objects.requireNonNull(collectionYear, "which year?");
        this.lastSerialNo = 1;
    }

    /** Takes the next serial number. */
    int takeNext() {
        return ++lastSerialNo;
    }

    int lastSerialNo() {
        return lastSerialNo;
    }
}
