package org.duly.workflows.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Timescale;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * The rule DSL. A rule is finished only once it has its spec ids, citation, basis, timescale and
 * what meets it, in that order; each step is its own type, so a half-written rule does not compile.
 *
 * <pre>{@code
 * Rule icpc = rule("cp.icpc", "Initial child protection conference")
 *     .implementing("CP-2")
 *     .citing("Northshire Practice Standards", "Child Protection",
 *         "If an Initial Child Protection Conference (ICPC) is required, this should take place within 15 working days of the strategy discussion where S47 enquiries were initiated")
 *     .statutory(Instrument.WORKING_TOGETHER, "chapter 4")
 *     .due(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
 *     .metBy(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL)));
 * }</pre>
 *
 * <p>Every step, and the rule it finishes, must be used: a rule dropped half-written
 * ({@code rule("cp.x", "X").implementing("CP-1");} as a statement) does not build.
 */
@CheckReturnValue
public final class Rules {

    private Rules() {
    }

    /**
     * Starts a rule.
     *
     * <p>Example:
     * <pre>{@code
     * rule("cp.icpc", "Initial child protection conference").implementing("CP-2");
     * }</pre>
     *
     * @param id a stable id: lower case, dotted, such as "cp.icpc"
     * @param title the rule's title
     * @return the clause, waiting for the spec ids
     */
    public static Start rule(String id, String title) {
        return new Start(id, title);
    }

    /** A rule with an id and a title, waiting for its spec ids. */
    public static final class Start {
        private final String id;
        private final String title;

        private Start(String id, String title) {
            if (!Objects.requireNonNull(id, "id").matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
                throw new IllegalArgumentException("a rule id is lower case words joined by dots or dashes, not '" + id + "'");
            }
            if (Objects.requireNonNull(title, "title").isBlank()) {
                throw new IllegalArgumentException("rule " + id + " needs a title");
            }
            this.id = id;
            this.title = title;
        }

        /**
         * The ids of the timescales of the policy's document the rule implements (its {@link SpecSheet}):
         * any council's ids; the policy checks them against its spec sheet when it is built.
         *
         * <p>Example:
         * <pre>{@code
         * rule("lac.review", "Looked after review").implementing("LAC-6", "LAC-7", "LAC-8");
         * }</pre>
         *
         * @param specIds one or more spec ids
         * @return the clause, waiting for the citation
         */
        public Implementing implementing(String... specIds) {
            if (specIds.length == 0) {
                throw new IllegalArgumentException("rule " + id + " must implement at least one spec id");
            }
            for (String specId : specIds) {
                if (Objects.requireNonNull(specId, "specId").isBlank()) {
                    throw new IllegalArgumentException("rule " + id + ": a spec id is not blank");
                }
            }
            return new Implementing(id, title, List.of(specIds));
        }
    }

    /** A rule with its spec ids, waiting for its citation. */
    public static final class Implementing {
        private final String id;
        private final String title;
        private final List<String> specIds;

        private Implementing(String id, String title, List<String> specIds) {
            this.id = id;
            this.title = title;
            this.specIds = specIds;
        }

        /**
         * Where the rule comes from, with the source's own words.
         *
         * <p>Example:
         * <pre>{@code
         * Rule visit = rule("lac.first-visit", "First visit in a placement").implementing("NS-LAC-1")
         *     .citing("Northshire Practice Standards", "Children in Care", "Visit within 1 week of the start of any placement")
         *     .localStandard()
         *     .due(within(weeks(1)).of(PLACEMENT_STARTED))
         *     .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)));
         * }</pre>
         *
         * @param document the document
         * @param section the section
         * @param words the document's own words
         * @return the clause, waiting for the basis
         */
        public Cited citing(String document, String section, String words) {
            return citing(new Citation(document, section, words));
        }

        /**
         * Where the rule comes from.
         *
         * <p>Example:
         * <pre>{@code
         * Citation words = new Citation("Northshire Practice Standards", "Child Protection", "within 24 hours");
         * Rule seen = rule("cp.seen-alone", "Child seen alone").implementing("NS-CP-8")
         *     .citing(words)
         *     .localStandard()
         *     .due(within(hours(24)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
         *     .metBy(VISIT.where(CHILD_SEEN_ALONE));
         * }</pre>
         *
         * @param citation the citation
         * @return the clause, waiting for the basis
         */
        public Cited citing(Citation citation) {
            return new Cited(id, title, specIds, citation);
        }
    }

    /** A rule with its citation, waiting for its basis. */
    public static final class Cited {
        private final String id;
        private final String title;
        private final List<String> specIds;
        private final Citation citation;

        private Cited(String id, String title, List<String> specIds, Citation citation) {
            this.id = id;
            this.title = title;
            this.specIds = specIds;
            this.citation = citation;
        }

        /**
         * The rule is set in law or statutory guidance.
         *
         * <p>Example:
         * <pre>{@code
         * Rule reviews = rule("lac.reviews", "Looked after reviews").implementing("NS-LAC-6")
         *     .citing("Northshire Practice Standards", "Children in Care", "within 20 working days of becoming looked after")
         *     .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 33")
         *     .due(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
         *     .metBy(LOOKED_AFTER_REVIEW);
         * }</pre>
         *
         * @param instrument the instrument
         * @param provision where in it
         * @return the clause, waiting for the timescale
         */
        public Based statutory(Instrument instrument, String provision) {
            return new Based(id, title, specIds, citation, new Basis.Statutory(instrument, provision));
        }

        /**
         * The rule is the authority's own practice standard.
         *
         * <p>Example:
         * <pre>{@code
         * Rule chronology = rule("chronology.started", "Chronology started").implementing("NS-CHRON-1")
         *     .citing("Northshire Practice Standards", "Chronologies", "A chronology is started at every open referral")
         *     .localStandard()
         *     .due(immediately().on(REFERRAL.where(OPENED_THE_CASE)))
         *     .metBy(CHRONOLOGY_STARTED);
         * }</pre>
         *
         * @return the clause, waiting for the timescale
         */
        public Based localStandard() {
            return new Based(id, title, specIds, citation, new Basis.LocalStandard());
        }
    }

    /** A rule with its basis, waiting for its timescale. */
    public static final class Based {
        private final String id;
        private final String title;
        private final List<String> specIds;
        private final Citation citation;
        private final Basis basis;

        private Based(String id, String title, List<String> specIds, Citation citation, Basis basis) {
            this.id = id;
            this.title = title;
            this.specIds = specIds;
            this.citation = citation;
            this.basis = basis;
        }

        /**
         * The timescale.
         *
         * <p>Example:
         * <pre>{@code
         * Rule icpc = rule("cp.icpc", "Initial child protection conference").implementing("NS-CP-2")
         *     .citing("Northshire Practice Standards", "Child Protection", "within 15 working days of the strategy discussion")
         *     .localStandard()
         *     .due(within(workingDays(15)).of(STRATEGY_DISCUSSION))
         *     .metBy(CONFERENCE_HELD);
         * }</pre>
         *
         * @param timescale the timescale
         * @return the clause, waiting for what meets it
         */
        public Due due(Timescale timescale) {
            return new Due(id, title, specIds, citation, basis, Objects.requireNonNull(timescale, "timescale"));
        }
    }

    /** A rule with its timescale, waiting for what meets it. */
    public static final class Due {
        private final String id;
        private final String title;
        private final List<String> specIds;
        private final Citation citation;
        private final Basis basis;
        private final Timescale timescale;

        private Due(String id, String title, List<String> specIds, Citation citation, Basis basis, Timescale timescale) {
            this.id = id;
            this.title = title;
            this.specIds = specIds;
            this.citation = citation;
            this.basis = basis;
            this.timescale = timescale;
        }

        /**
         * What meets the rule: occurrences of an event.
         *
         * <p>Example:
         * <pre>{@code
         * Rule icpc = rule("cp.icpc", "Initial child protection conference").implementing("NS-CP-2")
         *     .citing("Northshire Practice Standards", "Child Protection", "within 15 working days of the strategy discussion")
         *     .localStandard()
         *     .due(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
         *     .metBy(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL)));
         * }</pre>
         *
         * @param event the event
         * @return the finished rule
         */
        public Rule metBy(Event<?> event) {
            return metBy(Fulfilment.by(event));
        }

        /**
         * What meets the rule, when its occurrences are linked to what they answer.
         *
         * <p>Example:
         * <pre>{@code
         * Rule directions = rule("court.directions", "Court directions complied with").implementing("NS-CT-6")
         *     .citing("Northshire Practice Standards", "Court Work", "within the timeframes set by the court")
         *     .localStandard()
         *     .due(asDirectedBy(COURT_DIRECTION, CourtDirectionMade::dueDate))
         *     .metBy(Fulfilment.by(COURT_DIRECTION_COMPLIED).linkedBy(Links.SAME_DIRECTION));
         * }</pre>
         *
         * @param fulfilment the fulfilment
         * @return the finished rule
         */
        public Rule metBy(Fulfilment<?> fulfilment) {
            return new Rule(id, title, specIds, citation, basis, timescale, Optional.of(fulfilment), List.of(), Optional.empty());
        }
    }
}
