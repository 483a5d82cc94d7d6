package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.Month;
import org.junit.jupiter.api.Test;

/** A timescale's clock names what starts, extends, ends and discharges it, read from the timescale's structure alone. */
class ClockTest {

    @Test
    void a_deadline_starts_at_its_anchor_and_ends_or_is_discharged_as_it_says() {
        Clock clock = Clock.of(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))
                .until(BIRTH).dischargedBy(PLAN_ENDED));
        assertThat(clock.startedBy()).containsExactly(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47));
        assertThat(clock.endedBy()).containsExactly(BIRTH);
        assertThat(clock.dischargedBy()).containsExactly(PLAN_ENDED);
        assertThat(clock.extendedBy()).isEmpty();
        assertThat(clock.anchors()).containsExactly(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47), BIRTH, PLAN_ENDED);
    }

    @Test
    void a_recurrence_starts_at_its_first_deadlines_anchor_and_ends_at_its_end() {
        Clock clock = Clock.of(first(within(workingDays(10)).of(INITIAL_CONFERENCE)).thenEvery(weeks(6)).until(PLAN_ENDED));
        assertThat(clock.startedBy()).containsExactly(INITIAL_CONFERENCE);
        assertThat(clock.endedBy()).containsExactly(PLAN_ENDED);
        Clock schedule = Clock.of(inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER).until(CEASED_LOOKED_AFTER));
        assertThat(schedule.startedBy()).containsExactly(BECAME_LOOKED_AFTER);
        assertThat(schedule.endedBy()).containsExactly(CEASED_LOOKED_AFTER);
    }

    @Test
    void choices_directions_and_extensions_name_every_event_they_read() {
        Clock sooner = Clock.of(soonerOf(within(months(1)).of(BIRTH), within(months(3)).of(PRE_BIRTH_CONFERENCE)));
        assertThat(sooner.startedBy()).containsExactly(BIRTH, PRE_BIRTH_CONFERENCE);
        assertThat(Clock.of(asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate)).startedBy()).containsExactly(COURT_DIRECTION);
        Clock extended = Clock.of(within(workingDays(10)).of(REFERRAL).extendedBy(HEARING, within(workingDays(20)).of(REFERRAL)));
        assertThat(extended.startedBy()).containsExactly(REFERRAL);
        assertThat(extended.extendedBy()).containsExactly(HEARING);
        Clock ideally = Clock.of(ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(APPLICATION_ISSUED));
        assertThat(ideally.startedBy()).containsExactly(APPLICATION_ISSUED);
    }

    @Test
    void an_anchor_made_of_others_is_read_as_its_parts_and_a_date_names_its_fact() {
        Anchor leaving = anyOf("ceasing to be looked after or the 18th birthday", CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
        assertThat(leaving.parts()).containsExactly(CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
        assertThat(after(months(12), anyOf("the referral or the birth", REFERRAL, BIRTH, REFERRAL)).parts())
                .containsExactly(REFERRAL, BIRTH);
        assertThat(birthday(18, DATE_OF_BIRTH).dateFact()).contains(DATE_OF_BIRTH);
        assertThat(dateOf(EXPECTED_DATE_OF_DELIVERY).dateFact()).contains(EXPECTED_DATE_OF_DELIVERY);
        assertThat(REFERRAL.dateFact()).isEmpty();
        assertThat(leaving.dateFact()).isEmpty();
        Clock clock = Clock.of(by(birthday(16, DATE_OF_BIRTH)).until(leaving));
        assertThat(clock.startedBy()).containsExactly(birthday(16, DATE_OF_BIRTH));
        assertThat(clock.endedBy()).containsExactly(CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
    }
}
