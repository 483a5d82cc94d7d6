package org.duly.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.opengamma.strata.basics.ReferenceData;
import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarIds;
import java.time.LocalDate;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: on the benchmark's own inputs, where the libraries'
 * conventions coincide (a start on a working day), every library gives Duly's answer.
 */
class LibrariesAgreeTest {

    private final CalendarInputs inputs = new CalendarInputs(20261122L);
    private final WorkingCalendar duly = EnglandAndWales.calendar();
    private final Set<LocalDate> holidays = CalendarInputs.holidays();

    @Test
    void strata_london_agrees_with_duly_from_working_days() {
        HolidayCalendar strata = HolidayCalendarIds.GBLO.resolve(ReferenceData.standard());
        int compared = 0;
        for (int i = 0; i < CalendarInputs.SIZE; i++) {
            LocalDate date = inputs.dates[i];
            if (duly.isWorkingDay(date)) {
                assertThat(strata.shift(date, inputs.counts[i])).as("Strata shift(%s, %s)", date, inputs.counts[i])
                        .isEqualTo(duly.shift(date, inputs.counts[i]));
                compared++;
            }
            // Strata counts [start, end), Duly (start, end]: they agree when both ends are working days.
            if (duly.isWorkingDay(date) && duly.isWorkingDay(inputs.ends[i])) {
                assertThat(strata.daysBetween(date, inputs.ends[i])).isEqualTo(duly.workingDaysBetween(date, inputs.ends[i]));
            }
        }
        assertThat(compared).isGreaterThan(CalendarInputs.SIZE / 2);
    }

    @Test
    void object_lab_agrees_with_duly_from_working_days() {
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays("EW", new DefaultHolidayCalendar<>(holidays, CalendarInputs.FIRST, CalendarInputs.LAST));
        DateCalculator<LocalDate> forward = factory.getDateCalculator("EW", HolidayHandlerType.FORWARD);
        DateCalculator<LocalDate> backward = factory.getDateCalculator("EW", HolidayHandlerType.BACKWARD);
        for (int i = 0; i < CalendarInputs.SIZE; i++) {
            LocalDate date = inputs.dates[i];
            DateCalculator<LocalDate> objectLab = inputs.counts[i] < 0 ? backward : forward;
            if (duly.isWorkingDay(date)) {
                assertThat(objectLab.setStartDate(date).moveByBusinessDays(inputs.counts[i]).getCurrentBusinessDate())
                        .as("ObjectLab shift(%s, %s)", date, inputs.counts[i])
                        .isEqualTo(duly.shift(date, inputs.counts[i]));
            }
        }
    }

    @Test
    void the_naive_loop_agrees_with_duly_everywhere() {
        for (int i = 0; i < CalendarInputs.SIZE; i++) {
            assertThat(CalendarInputs.naiveShift(holidays, inputs.dates[i], inputs.counts[i]))
                    .isEqualTo(duly.shift(inputs.dates[i], inputs.counts[i]));
            assertThat(CalendarInputs.naiveBetween(holidays, inputs.dates[i], inputs.ends[i]))
                    .isEqualTo(duly.workingDaysBetween(inputs.dates[i], inputs.ends[i]));
        }
    }
}
