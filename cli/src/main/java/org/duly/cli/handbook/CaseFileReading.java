package org.duly.cli.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.events.EventType;
import org.duly.domain.staff.StaffEventType;
import org.duly.timescales.Anchor;
import org.duly.timescales.Clock;
import org.duly.timescales.Event;
import org.duly.timescales.Reads;
import org.duly.workflows.policy.Rule;

/**
 * Where a rule reads a case file: the case-file event types ({@code conferenceHeld}) of the events
 * that start its clock, meet it, extend it, end it or discharge it, read from the rule itself
 * (its timescale's {@link Clock} and what meets it), so that it cannot drift from what the rule
 * does. A date that is not an event (a birthday, the expected date of delivery) is named as one.
 *
 * <p>What a condition on an event reads besides its own records, as the condition declares it
 * ({@link Reads}: "the initial child protection conference that made a child protection plan" also
 * reads the plans created), is said with the event: "which reads {@code childsPlanCreated}". What the
 * rule reads to set or choose its intervals, or to judge whether it applies at all, is a use of its
 * own ({@link Role#CHECKS}). A fact worked out from the case (the child's care history) is named as
 * one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param uses what the rule reads, role by role in the order of {@link Role}, each anchor once per role
 */
public record CaseFileReading(List<Use> uses) {

    /** The event types of each kind of file, named by its subject as the file names it, in their registries' order. */
    static final List<FileKind> FILE_KINDS = List.of(
            new FileKind("child", "a child's case file", List.of(CaseEventType.values())),
            new FileKind("complaint", "a complaint's file", List.of(ComplaintEventType.values())),
            new FileKind("worker", "a worker's file", List.of(StaffEventType.values())));

    /** Every event type of Duly's own case files, complaint files and workers' files, in their registries' order. */
    static final List<EventType> EVENT_TYPES = FILE_KINDS.stream().flatMap(kind -> kind.eventTypes().stream()).toList();

    /**
     * A kind of file and its event types.
     *
     * @param subjectKey the key of its subject: "child"
     * @param words the kind in words: "a child's case file"
     * @param eventTypes its event types, in their registry's order
     */
    record FileKind(String subjectKey, String words, List<EventType> eventTypes) {
        FileKind {
            eventTypes = List.copyOf(eventTypes);
        }
    }

    /** Copies the list. */
    public CaseFileReading {
        uses = List.copyOf(uses);
    }

    /**
     * The part an event plays in a rule. This enum is immutable and thread-safe.
     */
    public enum Role {
        /** Its occurrence starts the rule's clock. */
        STARTS("starts at", "starts"),
        /** It meets the rule's obligations. */
        MEETS("met by", "meets"),
        /** Recorded in time, it extends a deadline. */
        EXTENDS("extended by", "extends"),
        /** It ends the clock: what was due is missed, what was not yet due is not required. */
        ENDS("ended by", "ends"),
        /** It makes the work unnecessary: not required, whenever it comes. */
        DISCHARGES("discharged by", "discharges"),
        /**
         * A condition looks at it: one on an event of another role ("that made a child protection plan"), one
         * that sets or chooses the rule's intervals, or whether the rule applies at all.
         */
        CHECKS("also reads", "checked by");

        private final String rulePhrase;
        private final String verb;

        Role(String rulePhrase, String verb) {
            this.rulePhrase = rulePhrase;
            this.verb = verb;
        }

        /**
         * The role as a rule's line says it, before the events: "starts at", "met by".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(Role.MEETS.rulePhrase()).isEqualTo("met by");
         * }</pre>
         *
         * @return the words
         */
        public String rulePhrase() {
            return rulePhrase;
        }

        /**
         * The role as the index says it, before the rules: "starts", "meets".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(Role.ENDS.verb()).isEqualTo("ends");
         * }</pre>
         *
         * @return the verb
         */
        public String verb() {
            return verb;
        }
    }

    /**
     * One anchor a rule reads, in one role: an event with its case-file event types, or a date.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param role the part it plays
     * @param words the anchor as the rule says it: "the initial child protection conference"
     * @param eventTypes the case-file event types whose records it reads; empty for a date, or for an
     *     event no case file records
     * @param dateFrom for a date that is not an event, what it is known from: "the date of birth"
     * @param checks the case-file event types its conditions read besides its own ({@link Event#reads()})
     * @param checkedFacts the facts of the case its conditions read, in words: "the date of birth"
     */
    public record Use(Role role, String words, List<EventType> eventTypes, Optional<String> dateFrom, List<EventType> checks,
            List<String> checkedFacts) {

        /** Checks every part is present and copies the lists. */
        public Use {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(words, "words");
            eventTypes = List.copyOf(eventTypes);
            Objects.requireNonNull(dateFrom, "dateFrom");
            checks = List.copyOf(checks);
            checkedFacts = List.copyOf(checkedFacts);
        }

        /**
         * The case-file names of the event types its conditions read besides its own: "childsPlanCreated".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(coreGroups.uses(Role.STARTS).get(0).checkedNames()).containsExactly("childsPlanCreated");
         * }</pre>
         *
         * @return the names, in their registries' order
         */
        public List<String> checkedNames() {
            return checks.stream().map(EventType::caseFileName).toList();
        }

        /**
         * The case-file names of its event types: "conferenceHeld".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(use.caseFileNames()).containsExactly("coreGroupMeeting");
         * }</pre>
         *
         * @return the names, in their registries' order
         */
        public List<String> caseFileNames() {
            return eventTypes.stream().map(EventType::caseFileName).toList();
        }

        private String say(UnaryOperator<String> name, UnaryOperator<String> text) {
            if (role == Role.CHECKS) {
                return read(name, text) + text.apply(" (" + words + ")");
            }
            String reads = checks.isEmpty() && checkedFacts.isEmpty() ? "" : text.apply(", which reads ") + read(name, text);
            if (dateFrom.isPresent()) {
                return text.apply(words + (dateFrom.get().equals(words) ? " (a date known from the case, not an event"
                        : " (a date from " + dateFrom.get() + ", not an event")) + reads + text.apply(")");
            }
            if (eventTypes.isEmpty()) {
                return text.apply(words + " (no event type of a case file") + reads + text.apply(")");
            }
            return eventTypes.stream().map(type -> name.apply(type.caseFileName())).collect(Collectors.joining(" or "))
                    + text.apply(" (" + words) + reads + text.apply(")");
        }

        /** What its conditions read: "`childsPlanCreated`, `caseClosed` and the date of birth". */
        private String read(UnaryOperator<String> name, UnaryOperator<String> text) {
            List<String> all = new ArrayList<>();
            checks.forEach(type -> all.add(name.apply(type.caseFileName())));
            checkedFacts.forEach(fact -> all.add(text.apply(fact)));
            if (all.size() == 1) {
                return all.get(0);
            }
            return String.join(text.apply(", "), all.subList(0, all.size() - 1)) + text.apply(" and ") + all.get(all.size() - 1);
        }
    }

    /**
     * What one version of a rule reads from a case file.
     *
     * <p>Example:
     * <pre>{@code
     * CaseFileReading coreGroups = CaseFileReading.of(policy.rule("cp.core-groups").orElseThrow());
     * assertThat(coreGroups.caseFileNames(Role.MEETS)).containsExactly("coreGroupMeeting");
     * }</pre>
     *
     * @param rule the rule
     * @return what it reads, role by role
     */
    public static CaseFileReading of(Rule rule) {
        Clock clock = Clock.of(rule.timescale());
        List<Use> uses = new ArrayList<>();
        clock.startedBy().forEach(anchor -> uses.add(use(Role.STARTS, anchor)));
        rule.metBy().ifPresent(fulfilment -> uses.add(use(Role.MEETS, fulfilment.event())));
        clock.extendedBy().forEach(anchor -> uses.add(use(Role.EXTENDS, anchor)));
        clock.endedBy().forEach(anchor -> uses.add(use(Role.ENDS, anchor)));
        clock.dischargedBy().forEach(anchor -> uses.add(use(Role.DISCHARGES, anchor)));
        checked("to set or choose its intervals", clock.alsoReads()).ifPresent(uses::add);
        rule.appliesWhen().flatMap(applies -> checked("to judge whether it applies", applies.reads())).ifPresent(uses::add);
        return new CaseFileReading(uses);
    }

    private static Use use(Role role, Anchor anchor) {
        List<EventType> types = anchor instanceof Event<?> event ? typesOf(event.type()) : List.of();
        Reads reads = anchor instanceof Event<?> event ? event.reads() : Reads.none();
        List<EventType> checks = reads.occurrences().stream().flatMap(read -> typesOf(read).stream())
                .filter(type -> !types.contains(type)).distinct().toList();
        return new Use(role, anchor.inWords(), types, anchor.dateFact().map(fact -> fact.description()), checks,
                reads.facts().stream().map(fact -> fact.description()).toList());
    }

    /** What the rule reads besides its events, for a purpose, when it reads anything. */
    private static Optional<Use> checked(String purpose, Reads reads) {
        if (reads.isEmpty()) {
            return Optional.empty();
        }
        List<EventType> types = reads.occurrences().stream().flatMap(read -> typesOf(read).stream()).distinct().toList();
        return Optional.of(new Use(Role.CHECKS, purpose, types, Optional.empty(), types,
                reads.facts().stream().map(fact -> fact.description()).toList()));
    }

    /** The case-file event types whose records are of a type. */
    private static List<EventType> typesOf(Class<?> recorded) {
        return EVENT_TYPES.stream().filter(type -> recorded.isAssignableFrom(type.type())).toList();
    }

    /**
     * What the rule reads in one role.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(reading.uses(Role.STARTS)).extracting(Use::words).containsExactly("the section 47 enquiry starting");
     * }</pre>
     *
     * @param role the role
     * @return the uses in that role, in the rule's order
     */
    public List<Use> uses(Role role) {
        return uses.stream().filter(use -> use.role() == role).toList();
    }

    /**
     * The case-file names of the event types the rule reads in one role.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileReading.of(sectionFortySevenCompleted).caseFileNames(Role.STARTS)).contains("section47EnquiryStarted");
     * }</pre>
     *
     * @param role the role
     * @return the names, each once, in the rule's order
     */
    public List<String> caseFileNames(Role role) {
        return uses(role).stream().flatMap(use -> use.caseFileNames().stream()).distinct().toList();
    }

    /**
     * The reading in plain words, as {@code duly rules} shows it: "starts at conferenceHeld (the
     * initial child protection conference); met by coreGroupMeeting (the core group meeting); ended by
     * childsPlanEnded (the end of the child protection plan)".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(reading.inWords()).startsWith("starts at section47EnquiryStarted");
     * }</pre>
     *
     * @return the reading in words
     */
    public String inWords() {
        return say(UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** The reading in markdown: each case-file name as code, the rest as text. */
    String markdown() {
        return say(name -> "`" + name + "`", Markdown::text);
    }

    private String say(UnaryOperator<String> name, UnaryOperator<String> text) {
        List<String> parts = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Use> inRole = uses(role);
            if (!inRole.isEmpty()) {
                parts.add(text.apply(role.rulePhrase() + " ")
                        + inRole.stream().map(use -> use.say(name, text)).collect(Collectors.joining(text.apply(", "))));
            }
        }
        return String.join(text.apply("; "), parts);
    }
}
