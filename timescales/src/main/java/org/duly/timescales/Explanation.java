package org.duly.timescales;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.calendar.WorkingDayShift;
import org.duly.timescales.period.Hours;
import org.duly.timescales.period.PeriodStep;

/**
 * Why a date is what it is: the anchor and its date, the period counted, the calendar and every
 * non-working day skipped with its name, any month-end rounding, and whether the date is
 * provisional. A program reads the structure; a person reads {@link #inEnglish()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Explanation {

    /**
     * The date this explains.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * Whether the date depends on a day after the calendar's published bank holidays.
     *
     * @return true if provisional
     */
    boolean provisional();

    /**
     * The explanation in plain English: "15 working days after the strategy discussion on 2024-03-14
     * is 2024-04-05, on the England and Wales calendar, skipping Good Friday 2024-03-29, Easter
     * Monday 2024-04-01 and 4 weekend days".
     *
     * @return the explanation in words
     */
    String inEnglish();

    /**
     * A period counted in days from an anchor.
     *
     * @param anchor what was counted from
     * @param step the count, with its skipped days or its rounding
     */
    record Counted(AnchorPoint anchor, PeriodStep step) implements Explanation {
        /** Checks both parts are present. */
        public Counted {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(step, "step");
        }

        @Override
        public LocalDate date() {
            return step.result();
        }

        @Override
        public boolean provisional() {
            return step.provisional();
        }

        @Override
        public String inEnglish() {
            StringBuilder text = new StringBuilder()
                    .append(step.period().inWords()).append(step.backwards() ? " before " : " after ")
                    .append(anchor).append(" is ").append(step.result());
            step.workingDays().ifPresent(shift -> text.append(", on the ").append(shift.calendar().name())
                    .append(" calendar, ").append(skipped(step)));
            step.adjustment().ifPresent(rounding -> text.append(" (").append(rounding).append(')'));
            step.workingDays().filter(WorkingDayShift::provisional).ifPresent(shift -> text.append(provisionalNote(shift)));
            return text.toString();
        }

        private static String skipped(PeriodStep step) {
            List<String> parts = new ArrayList<>();
            for (NonWorkingDay day : step.skippedHolidays()) {
                parts.add(day.toString());
            }
            long weekendDays = step.skippedWeekendDays();
            if (weekendDays > 0) {
                parts.add(weekendDays + (weekendDays == 1 ? " weekend day" : " weekend days"));
            }
            if (parts.isEmpty()) {
                return "skipping no days";
            }
            return "skipping " + (parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1));
        }

        private static String provisionalNote(WorkingDayShift shift) {
            return "; provisional: it depends on bank holidays after " + shift.calendar().confirmedThrough()
                    + ", which are not yet published";
        }

        /**
         * The bank holidays and closures skipped, with their names.
         *
         * @return the skipped named days
         */
        public List<NonWorkingDay> skippedHolidays() {
            return step.skippedHolidays();
        }
    }

    /**
     * Elapsed hours counted from an anchor's date and time.
     *
     * @param anchor what was counted from
     * @param hours the hours
     * @param from the anchor's date-time on the time line
     * @param result the date-time reached
     */
    record CountedHours(AnchorPoint anchor, Hours hours, ZonedDateTime from, ZonedDateTime result) implements Explanation {
        /** Checks every part is present. */
        public CountedHours {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(hours, "hours");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(result, "result");
        }

        @Override
        public LocalDate date() {
            return result.toLocalDate();
        }

        @Override
        public boolean provisional() {
            return false;
        }

        @Override
        public String inEnglish() {
            String clocks = from.getOffset().equals(result.getOffset()) ? ""
                    : " (the clocks changed in between: " + hours.inWords() + " is not a whole number of days)";
            return hours.inWords() + " after " + anchor + " is " + result.toLocalDate() + " at " + result.toLocalTime()
                    + " " + hours.zone() + clocks;
        }
    }

    /**
     * Elapsed hours counted from an anchor recorded with its date but not its time: the anchor was at
     * some moment of its day, so the deadline lies somewhere from the hours after the day's start to
     * the hours after its end. A record before the first day it can fall on was on time whatever the
     * anchor's time, one after the last day was late; only a record between the two needs the times.
     *
     * <p>Example:
     * <pre>{@code
     * // 24 hours after a strategy discussion on 2024-11-21, time unknown: from 2024-11-22 00:00 to 2024-11-23 00:00.
     * assertThat(explanation.date()).isEqualTo(LocalDate.parse("2024-11-22"));
     * }</pre>
     *
     * @param anchor what was counted from, without a time
     * @param hours the hours
     * @param earliest the deadline if the anchor was at the very start of its day
     * @param latest the deadline if the anchor was at the very end of its day (the start of the next day)
     */
    record CountedHoursFromDay(AnchorPoint anchor, Hours hours, ZonedDateTime earliest, ZonedDateTime latest)
            implements Explanation {
        /** Checks every part is present and in order. */
        public CountedHoursFromDay {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(hours, "hours");
            Objects.requireNonNull(earliest, "earliest");
            Objects.requireNonNull(latest, "latest");
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException("the latest deadline " + latest + " is before the earliest " + earliest);
            }
        }

        /** The last day the deadline can fall on: the day a record without a time cannot be judged on. */
        @Override
        public LocalDate date() {
            // The end of the anchor's day is the start of the next: a deadline at that very moment belongs to the day before.
            return latest.minusNanos(1).toLocalDate();
        }

        /**
         * The first day the deadline can fall on: a record on a day before it was on time whatever the
         * anchor's time.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(explanation.firstDay()).isEqualTo(LocalDate.parse("2024-11-22"));
         * }</pre>
         *
         * @return the first day
         */
        public LocalDate firstDay() {
            return earliest.toLocalDate();
        }

        @Override
        public boolean provisional() {
            return false;
        }

        @Override
        public String inEnglish() {
            String days = firstDay().equals(date()) ? "on " + date() : "from " + firstDay() + " to " + date();
            return hours.inWords() + " after " + anchor + ", whose time is not recorded, ends " + days + " (between "
                    + earliest.toLocalDate() + " at " + earliest.toLocalTime() + " and " + latest.toLocalDate() + " at "
                    + latest.toLocalTime() + " " + hours.zone() + "): a record before " + firstDay()
                    + " was in time and one after " + date() + " late, whatever the time";
        }
    }

    /**
     * Due on the anchor's own day: "immediately", or "by" a birthday; for "immediately ... or the
     * next working day", the next working day when the anchor's day is not one.
     *
     * @param anchor the anchor
     * @param how "immediately" or "by"
     * @param nextWorkingDay the next working day, when the anchor's day is not a working day and the
     *     deadline moves to it
     * @param calendar the calendar that says so, in words, when it moved
     */
    record OnTheDay(AnchorPoint anchor, String how, Optional<LocalDate> nextWorkingDay, String calendar) implements Explanation {
        /** Checks every part is present. */
        public OnTheDay {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(nextWorkingDay, "nextWorkingDay");
            Objects.requireNonNull(calendar, "calendar");
        }

        /**
         * Due on the anchor's own day.
         *
         * @param anchor the anchor
         * @param how "immediately" or "by"
         */
        public OnTheDay(AnchorPoint anchor, String how) {
            this(anchor, how, Optional.empty(), "");
        }

        @Override
        public LocalDate date() {
            return nextWorkingDay.orElse(anchor.date());
        }

        @Override
        public boolean provisional() {
            return false;
        }

        @Override
        public String inEnglish() {
            return how + ": due on the day of " + anchor + nextWorkingDay.map(next -> "; " + anchor.date()
                    + " is not a working day on the " + calendar + " calendar, so due on the next working day, " + next)
                    .orElse("");
        }
    }

    /**
     * A due date set case by case, by a direction: "as directed by the court".
     *
     * @param direction the direction that set it
     * @param due the date it set
     */
    record Directed(AnchorPoint direction, LocalDate due) implements Explanation {
        /** Checks both parts are present. */
        public Directed {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(due, "due");
        }

        @Override
        public LocalDate date() {
            return due;
        }

        @Override
        public boolean provisional() {
            return false;
        }

        @Override
        public String inEnglish() {
            return "as directed: " + direction + " set " + due;
        }
    }

    /**
     * A window with an earliest and a latest date.
     *
     * @param opens why the window opens when it does
     * @param closes why it closes when it does
     * @param dayNumbering how the days are numbered, when the policy numbers them
     *     ("counting the application as day 1"), or empty
     */
    record Window(Explanation opens, Explanation closes, Optional<String> dayNumbering) implements Explanation {
        /** Checks every part is present. */
        public Window {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            Objects.requireNonNull(dayNumbering, "dayNumbering");
        }

        @Override
        public LocalDate date() {
            return closes.date();
        }

        @Override
        public boolean provisional() {
            return opens.provisional() || closes.provisional();
        }

        @Override
        public String inEnglish() {
            return dayNumbering.map(numbering -> numbering + ": ").orElse("")
                    + "opens " + opens.date() + " (" + opens.inEnglish() + "), closes " + closes.date()
                    + " (" + closes.inEnglish() + ")";
        }
    }

    /**
     * An ideal date and a limit on one obligation: "ideally 16 weeks, at most 26".
     *
     * @param target why the ideal date is what it is
     * @param limit why the limit is what it is
     */
    record TargetAndLimit(Explanation target, Explanation limit) implements Explanation {
        /** Checks both parts are present. */
        public TargetAndLimit {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public LocalDate date() {
            return limit.date();
        }

        @Override
        public boolean provisional() {
            return target.provisional() || limit.provisional();
        }

        @Override
        public String inEnglish() {
            return "ideally by " + target.date() + " (" + target.inEnglish() + "), at the latest " + limit.date()
                    + " (" + limit.inEnglish() + ")";
        }
    }

    /**
     * The sooner or the later of two dates, each explained; the other may still be pending (the
     * birth has not happened yet).
     *
     * @param sooner true for "whichever is sooner", false for "whichever is later"
     * @param chosen the date chosen
     * @param other the date not chosen, when it is known
     * @param pending the other deadline in words, when it has nothing to count from yet
     */
    record Choice(boolean sooner, Explanation chosen, Optional<Explanation> other, Optional<String> pending)
            implements Explanation {
        /** Checks every part is present. */
        public Choice {
            Objects.requireNonNull(chosen, "chosen");
            Objects.requireNonNull(other, "other");
            Objects.requireNonNull(pending, "pending");
        }

        @Override
        public LocalDate date() {
            return chosen.date();
        }

        @Override
        public boolean provisional() {
            return chosen.provisional() || other.map(Explanation::provisional).orElse(false);
        }

        @Override
        public String inEnglish() {
            if (other.isEmpty() && pending.isPresent()) {
                // One date so far: say it plainly, then what could still move it, rather than "the sooner of" one date.
                return chosen.inEnglish() + "; or, if " + (sooner ? "sooner" : "later") + ", " + pending.get()
                        + ", which has nothing to count from yet";
            }
            String which = sooner ? "the sooner" : "the later";
            return which + " of " + chosen.date() + " (" + chosen.inEnglish() + ")"
                    + other.map(o -> " and " + o.date() + " (" + o.inEnglish() + ")").orElse("");
        }
    }

    /**
     * An interval chosen by a condition at the date it counts from: "6 months while under 5".
     *
     * @param condition the condition, in words
     * @param held whether it held
     * @param at the date it was tested on
     * @param explanation the count with the chosen interval
     */
    record Because(String condition, boolean held, LocalDate at, Explanation explanation) implements Explanation {
        /** Checks every part is present. */
        public Because {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(explanation, "explanation");
        }

        @Override
        public LocalDate date() {
            return explanation.date();
        }

        @Override
        public boolean provisional() {
            return explanation.provisional();
        }

        @Override
        public String inEnglish() {
            return (held ? "" : "not ") + condition + " on " + at + ", so " + explanation.inEnglish();
        }
    }

    /**
     * One window of a fixed schedule: "each May and November from becoming looked after on
     * 2024-01-10: the window 2024-05-01 to 2024-05-31".
     *
     * @param schedule the schedule
     * @param from what started it
     * @param opens the first day of the window
     * @param closes the last day of the window, its due date
     */
    record Scheduled(FixedSchedule schedule, AnchorPoint from, LocalDate opens, LocalDate closes) implements Explanation {
        /** Checks every part is present. */
        public Scheduled {
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
        }

        @Override
        public LocalDate date() {
            return closes;
        }

        @Override
        public boolean provisional() {
            return false;
        }

        @Override
        public String inEnglish() {
            return schedule.inWords() + ", from " + from + ": the window " + opens + " to " + closes;
        }
    }

    /**
     * A due date moved by extensions recorded on or before the date they extend, and any recorded
     * too late to count: "extended by the extension on 2024-03-20 (recorded by the due date
     * 2024-03-22) to 2024-04-05 (...)".
     *
     * @param original why the date was what it was before any extension
     * @param extensions each extension that counted, in order, with the date it moved the deadline to
     * @param tooLate extensions recorded after the due date in force on their day, which do not count
     * @param date the due date after the extensions
     * @param explained why the last extension gives that date
     */
    record Extended(Explanation original, List<AnchorPoint> extensions, List<AnchorPoint> tooLate, LocalDate date,
            Explanation explained) implements Explanation {
        /** Checks every part is present and copies the lists. */
        public Extended {
            Objects.requireNonNull(original, "original");
            extensions = List.copyOf(extensions);
            tooLate = List.copyOf(tooLate);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(explained, "explained");
        }

        @Override
        public boolean provisional() {
            return original.provisional() || explained.provisional();
        }

        @Override
        public String inEnglish() {
            StringBuilder text = new StringBuilder(original.date().toString()).append(" (").append(original.inEnglish()).append(')');
            if (!extensions.isEmpty()) {
                text.append(", extended by ").append(joined(extensions)).append(" to ").append(date)
                        .append(" (").append(explained.inEnglish()).append(')');
            }
            if (!tooLate.isEmpty()) {
                text.append("; ").append(joined(tooLate)).append(tooLate.size() == 1
                        ? " was recorded after the due date it would extend, so it does not count"
                        : " were recorded after the due dates they would extend, so they do not count");
            }
            return text.toString();
        }

        private static String joined(List<AnchorPoint> points) {
            List<String> words = points.stream().map(AnchorPoint::toString).toList();
            return words.size() == 1 ? words.get(0)
                    : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        }
    }
}
