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
import org.duly.workflows.policy.Rule;

/**
 * Where a rule reads a case file: the case-file event types ({@code conferenceHeld}) of the events
 * that start its clock, meet it, extend it, end it or discharge it, read from the rule itself
 * (its timescale's {@link Clock} and what meets it), so that it cannot drift from what the rule
 * does. A date that is not an event (a birthday, the expected date of delivery) is named as one.
 *
 * <p>What a condition on an event reads besides ("the initial child protection conference that
 * made a child protection plan" also reads the plans recorded), and what decides whether a rule
 * applies, are said by their words in the rule, not here.
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
        DISCHARGES("discharged by", "discharges");

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
     */
    public record Use(Role role, String words, List<EventType> eventTypes, Optional<String> dateFrom) {

        /** Checks every part is present and copies the list. */
        public Use {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(words, "words");
            eventTypes = List.copyOf(eventTypes);
            Objects.requireNonNull(dateFrom, "dateFrom");
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
            if (dateFrom.isPresent()) {
                return text.apply(words + (dateFrom.get().equals(words) ? " (a date known from the case, not an event)"
                        : " (a date from " + dateFrom.get() + ", not an event)"));
            }
            if (eventTypes.isEmpty()) {
                return text.apply(words + " (no event type of a case file)");
            }
            return eventTypes.stream().map(type -> name.apply(type.caseFileName())).collect(Collectors.joining(" or "))
                    + text.apply(" (" + words + ")");
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
        return new CaseFileReading(uses);
    }

    private static Use use(Role role, Anchor anchor) {
        List<EventType> types = anchor instanceof Event<?> event
                ? EVENT_TYPES.stream().filter(type -> event.type().isAssignableFrom(type.type())).toList()
                : List.of();
        return new Use(role, anchor.inWords(), types, anchor.dateFact().map(fact -> fact.description()));
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
