package org.duly.timescales;

import io.vavr.control.Either;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.DateSum;
import org.duly.timescales.period.DayPeriod;

/** The anchors other than events, and how every anchor finds its dates in the facts. */
final class Anchors {

    private static final Comparator<AnchorPoint> BY_DATE = Comparator.comparing(AnchorPoint::date);

    /** No dates: what most anchors give in most cases. */
    private static final Either<CannotCompute, List<AnchorPoint>> NONE = Either.right(List.of());

    private Anchors() {
    }

    /**
     * The day an age is attained, from a date of birth fact.
     *
     * @param age the age
     * @param dateOfBirth the fact that holds the date of birth
     * @param inWords "the 16th birthday", "the age of 16 years 6 months"
     */
    record Birthday(Age age, Fact<LocalDate> dateOfBirth, String inWords) implements Anchor {
        Birthday {
            Objects.requireNonNull(age, "age");
            Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            Objects.requireNonNull(inWords, "inWords");
        }

        /** The birthday, its words worked out once: every anchor point found for it carries them. */
        Birthday(Age age, Fact<LocalDate> dateOfBirth) {
            this(age, dateOfBirth, age.months() == 0 ? "the " + Ordinals.of(age.years()) + " birthday" : "the age of " + age);
        }

        @Override
        public Optional<Fact<LocalDate>> dateFact() {
            return Optional.of(dateOfBirth);
        }

        @Override
        public boolean happens() {
            return false;
        }
    }

    /**
     * The date a single-valued fact holds, such as the expected date of delivery.
     *
     * @param fact the fact
     */
    record DateOf(Fact<LocalDate> fact) implements Anchor {
        DateOf {
            Objects.requireNonNull(fact, "fact");
        }

        @Override
        public String inWords() {
            return fact.description();
        }

        @Override
        public Optional<Fact<LocalDate>> dateFact() {
            return Optional.of(fact);
        }

        @Override
        public boolean happens() {
            return false;
        }
    }

    /**
     * Any of several anchors: every date any of them gives.
     *
     * @param description the anchors in words: "a change of accommodation or a significant change"
     * @param clause the anchors in words as a clause, after "until" and "when": "the case closes or steps down";
     *     the description where the policy gives none
     * @param anchors the anchors
     */
    record AnyOf(String description, String clause, List<Anchor> anchors) implements Anchor {
        AnyOf {
            Words.require(description, "any of several anchors");
            Words.require(clause, "any of several anchors, as a clause,");
            anchors = List.copyOf(anchors);
            if (anchors.isEmpty()) {
                throw new IllegalArgumentException("anyOf needs at least one anchor");
            }
        }

        @Override
        public String inWords() {
            return description;
        }

        @Override
        public String inWords(Form form) {
            return form == Form.CLAUSE ? clause : description;
        }

        @Override
        public List<Anchor> parts() {
            return anchors.stream().flatMap(anchor -> anchor.parts().stream()).distinct().toList();
        }

        @Override
        public boolean happens() {
            // A loop, not a stream: asked of every due date counted by or before these anchors.
            for (Anchor anchor : anchors) {
                if (!anchor.happens()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A period after another anchor: "12 months after the notification".
     *
     * @param period the period
     * @param anchor the anchor it counts from
     */
    record After(DayPeriod period, Anchor anchor) implements Anchor {
        After {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String inWords() {
            return period.inWords() + " after " + anchor.inWords();
        }

        @Override
        public List<Anchor> parts() {
            return anchor.parts();
        }

        @Override
        public boolean happens() {
            return anchor.happens();
        }
    }

    /**
     * The dates an anchor gives in these facts, in date order, or what is missing.
     *
     * @param anchor the anchor
     * @param facts the facts of the case
     * @param context the evaluation context (its 29 February rule)
     * @return the anchor points, or why there are none that can be known
     */
    static Either<CannotCompute, List<AnchorPoint>> resolve(Anchor anchor, Facts facts, EvaluationContext context) {
        if (anchor instanceof Event<?> event) {
            List<AnchorPoint> points = points(event, facts);
            return points.isEmpty() ? NONE : Either.right(points);
        }
        if (anchor instanceof Birthday birthday) {
            return facts.value(birthday.dateOfBirth())
                    .<Either<CannotCompute, List<AnchorPoint>>>map(born -> {
                        DateSum attained = birthday.age().attainedOn(born, context.leapDayBirthdays());
                        return Either.right(List.of(new AnchorPoint(birthday.inWords(), attained.date(), Optional.empty(),
                                attained.adjustment(), Optional.empty(), 0)));
                    })
                    .orElseGet(() -> Either.left(new CannotCompute(birthday.dateOfBirth().description(),
                            "to find " + birthday.inWords())));
        }
        if (anchor instanceof DateOf dateOf) {
            return facts.value(dateOf.fact())
                    .<Either<CannotCompute, List<AnchorPoint>>>map(date -> Either.right(List.of(AnchorPoint.of(dateOf.inWords(), date))))
                    .orElseGet(() -> Either.left(new CannotCompute(dateOf.fact().description(), "to count from it")));
        }
        if (anchor instanceof After after) {
            Either<CannotCompute, List<AnchorPoint>> base = resolve(after.anchor(), facts, context);
            if (base.isLeft()) {
                return base;
            }
            List<AnchorPoint> shifted = new ArrayList<>();
            for (AnchorPoint point : base.get()) {
                LocalDate date;
                try {
                    date = after.period().addTo(point.date(), context.calendar()).result();
                } catch (DateTimeException outside) {
                    return Either.left(new CannotCompute("a date the calendar and the policy can count",
                            "to find " + after.period().inWords() + " after " + point + " (" + outside.getMessage() + ")"));
                }
                shifted.add(new AnchorPoint(after.period().inWords() + " after " + point, date, Optional.empty(),
                        Optional.empty(), point.source(), 0));
            }
            return Either.right(List.copyOf(shifted));
        }
        AnyOf anyOf = (AnyOf) anchor;
        List<AnchorPoint> all = new ArrayList<>();
        for (Anchor each : anyOf.anchors()) {
            Either<CannotCompute, List<AnchorPoint>> resolved = resolve(each, facts, context);
            if (resolved.isLeft()) {
                return resolved;
            }
            all.addAll(resolved.get());
        }
        if (anyOf.anchors().size() == 1) {
            // Any of one anchor is the anchor given a name ("the complainant's window to escalate closing"): its points
            // take the name, which says more to a reader than the arithmetic that found the date.
            return Either.right(all.stream().map(point -> new AnchorPoint(anyOf.description(), point.date(), point.dateTime(),
                    point.adjustment(), point.source(), point.occurrence())).toList());
        }
        all.sort(BY_DATE);
        // Two of the anchors on one day are one occasion (a child entering care starts a placement too).
        List<AnchorPoint> occasions = new ArrayList<>();
        for (AnchorPoint point : all) {
            if (occasions.isEmpty() || !occasions.get(occasions.size() - 1).date().equals(point.date())) {
                occasions.add(point);
            }
        }
        return Either.right(List.copyOf(occasions));
    }

    private static <O> List<AnchorPoint> points(Event<O> event, Facts facts) {
        if (event.matched(facts).isEmpty()) {
            return List.of();
        }
        return facts.remembered(event.anchorPointsKey, () -> pointsNow(event, event.selected(facts)));
    }

    private static <O> List<AnchorPoint> pointsNow(Event<O> event, Dated<O> selected) {
        if (selected.isEmpty()) {
            return List.of();
        }
        List<AnchorPoint> points = new ArrayList<>(selected.size());
        for (int i = 0; i < selected.size(); i++) {
            points.add(event.pointOf(selected, i));
        }
        return Collections.unmodifiableList(points);
    }
}
