package org.cinplan.schedule.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cinplan.schedule.BankHoliday;

import java.time.LocalDate;

/** A bank holiday of England and Wales, from GOV.UK's bank-holidays data. */
@Entity
@Table(name = "bank_holiday")
class StoredBankHoliday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String title;

    protected StoredBankHoliday() {
    }

    StoredBankHoliday(BankHoliday holiday) {
        this.date = holiday.date();
        this.title = holiday.title();
    }

    BankHoliday toBankHoliday() {
        return new BankHoliday(date, title);
    }
}
