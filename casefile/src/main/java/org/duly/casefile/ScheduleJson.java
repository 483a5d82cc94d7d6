package org.duly.casefile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.duly.domain.events.CaseEvent;
import org.duly.timescales.AnchorPoint;
import org.duly.timescales.Closing;
import org.duly.timescales.Explanation;
import org.duly.timescales.Status;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.period.DayPeriod;
import org.duly.timescales.period.Days;
import org.duly.timescales.period.Hours;
import org.duly.timescales.period.MonthEndAdjustment;
import org.duly.timescales.period.Months;
import org.duly.timescales.period.PeriodStep;
import org.duly.timescales.period.Weeks;
import org.duly.timescales.period.WorkingDays;
import org.duly.timescales.period.Years;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.engine.Window;

/**
 * Schedules as JSON, every explanation as structure as well as in English: what a system embedding
 * Duly stores or sends on without mapping code of its own. {@link #write(Schedule)} gives the text,
 * {@link #tree(Journey, Schedule)} a Jackson tree, {@link #entry(Schedule, ScheduleEntry)} and
 * {@link #explanation(Explanation)} the parts, and {@link #module()} teaches an {@code ObjectMapper}
 * to write schedules, explanations and journeys the same way.
 *
 * <p>The tree is built node by node rather than by binding the records, for two reasons: the key
 * order is fixed here (a diff of two runs shows only what changed), and nothing is serialised that
 * was not chosen, so the occurrence objects an anchor or a fulfilment carries (which may hold
 * personal data) never reach the output. Dates are ISO-8601 text; moments carry their offset.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Two-space indent and \n on every platform, so the output is byte-identical everywhere. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ScheduleJson() {
    }

    /**
     * A schedule as JSON text: the case id, the policy, the calendar, the evaluation date, the counts
     * by status, the case's events by kind and date, and every entry with its explanation as
     * structure and in English.
     *
     * <p>Example:
     * <pre>{@code
     * String json = ScheduleJson.write(Journey.of(timeline), schedule);
     * assertThat(new ObjectMapper().readTree(json).get("caseId").asText()).isEqualTo(timeline.subjectId());
     * }</pre>
     *
     * @param journey what may be shown of the case: its id and its events by kind and date
     * @param schedule the schedule
     * @return the JSON text, two-space indented, ending with a newline
     */
    public static String write(Journey journey, Schedule schedule) {
        return text(tree(journey, schedule));
    }

    /**
     * A schedule as JSON text, without the case's events: for a system that holds the case itself.
     *
     * <p>Example:
     * <pre>{@code
     * String json = ScheduleJson.write(schedule);
     * }</pre>
     *
     * @param schedule the schedule
     * @return the JSON text, two-space indented, ending with a newline
     */
    public static String write(Schedule schedule) {
        return text(tree(schedule));
    }

    /**
     * A schedule as a Jackson tree, with the case's events: what {@link #write(Journey, Schedule)} writes.
     *
     * <p>Example:
     * <pre>{@code
     * ObjectNode json = ScheduleJson.tree(Journey.of(timeline), schedule);
     * assertThat(json.get("entries").size()).isEqualTo(schedule.entries().size());
     * }</pre>
     *
     * @param journey what may be shown of the case
     * @param schedule the schedule
     * @return the tree, a new one on every call
     */
    public static ObjectNode tree(Journey journey, Schedule schedule) {
        return tree(journey.caseId(), journey.marks(), schedule);
    }

    /**
     * A schedule as a Jackson tree, without the case's events (an empty {@code events} array).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ScheduleJson.tree(schedule).get("caseId").asText()).isEqualTo(schedule.subject());
     * }</pre>
     *
     * @param schedule the schedule
     * @return the tree, a new one on every call
     */
    public static ObjectNode tree(Schedule schedule) {
        return tree(schedule.subject(), List.of(), schedule);
    }

    private static ObjectNode tree(String caseId, List<Journey.Mark> marks, Schedule schedule) {
        ObjectNode root = NODES.objectNode();
        root.put("caseId", caseId);
        root.put("policy", schedule.policy().title());
        root.put("calendar", schedule.calendar());
        root.put("asOf", schedule.asOf().toString());
        ObjectNode counts = root.putObject("counts");
        ScheduleSummary summary = schedule.summary();
        for (Status status : Status.values()) {
            counts.put(status.name(), summary.count(status));
        }
        root.set("events", events(marks));
        ArrayNode entries = root.putArray("entries");
        for (ScheduleEntry entry : schedule.entries()) {
            entries.add(entry(schedule, entry));
        }
        return root;
    }

    private static ArrayNode events(List<Journey.Mark> marks) {
        ArrayNode events = NODES.arrayNode();
        for (Journey.Mark mark : marks) {
            events.addObject().put("date", mark.date().toString()).put("event", mark.label());
        }
        return events;
    }

    private static String text(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always serialises.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One entry of a schedule as a Jackson tree: the rule (id, spec ids, title, area), the
     * occurrence, its dates, status, days overdue on the schedule's date, what met it, and its
     * explanation as structure ({@code explanation}) and in English ({@code explanationText}).
     *
     * <p>Example:
     * <pre>{@code
     * ObjectNode icpc = ScheduleJson.entry(schedule, schedule.entriesOf("cp.icpc").get(0));
     * assertThat(icpc.get("due").asText()).isEqualTo("2024-06-04");
     * }</pre>
     *
     * @param schedule the schedule the entry belongs to: its policy files the rule under an area, its date counts days overdue
     * @param entry the entry
     * @return the tree
     */
    public static ObjectNode entry(Schedule schedule, ScheduleEntry entry) {
        return entry(entry, schedule);
    }

    /**
     * A Jackson module that writes {@link Schedule}s (as {@link #tree(Schedule)}),
     * {@link Explanation}s (as {@link #explanation(Explanation)}) and {@link Journey}s (the case id and
     * its events by kind and date), so that {@code writeValueAsString(schedule)} works on an
     * application's own {@code ObjectMapper}.
     *
     * <p>Example:
     * <pre>{@code
     * ObjectMapper mapper = new ObjectMapper().registerModule(ScheduleJson.module());
     * String json = mapper.writeValueAsString(schedule);
     * }</pre>
     *
     * @return the module
     */
    public static Module module() {
        SimpleModule module = new SimpleModule("duly-schedules");
        module.addSerializer(Schedule.class, new TreeSerializer<>(Schedule.class, ScheduleJson::tree));
        module.addSerializer(Explanation.class, new TreeSerializer<>(Explanation.class, ScheduleJson::explanation));
        module.addSerializer(Journey.class, new TreeSerializer<>(Journey.class, journey -> {
            ObjectNode node = NODES.objectNode();
            node.put("caseId", journey.caseId());
            node.set("events", events(journey.marks()));
            return node;
        }));
        return module;
    }

    /** Writes a value as the tree this class builds for it. */
    private static final class TreeSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, ? extends JsonNode> tree;

        TreeSerializer(Class<T> type, Function<T, ? extends JsonNode> tree) {
            super(type);
            this.tree = tree;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeTree(tree.apply(value));
        }
    }

    private static ObjectNode entry(ScheduleEntry entry, Schedule schedule) {
        LocalDate asOf = schedule.asOf();
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", entry.rule().id());
        ArrayNode specIds = node.putArray("specIds");
        entry.rule().specIds().forEach(specIds::add);
        node.put("title", entry.rule().title());
        node.put("area", schedule.areaOf(entry).title());
        node.put("chain", entry.chain());
        node.put("occurrence", entry.occurrence());
        date(node, "ruleInForceFrom", entry.ruleInForceFrom());
        date(node, "clockStartedOn", entry.clockStartedOn());
        date(node, "windowStart", entry.windowStart());
        date(node, "due", entry.due());
        entry.dueAt().ifPresentOrElse(at -> node.put("dueAt", at.toOffsetDateTime().toString()), () -> node.putNull("dueAt"));
        date(node, "target", entry.target());
        node.put("status", entry.status().name());
        node.put("daysOverdue", entry.daysOverdue(asOf));
        entry.metBy().ifPresentOrElse(met -> {
            ObjectNode metBy = node.putObject("metBy");
            metBy.put("description", met.description());
            metBy.put("date", met.date().toString());
            met.dateTime().ifPresentOrElse(time -> metBy.put("dateTime", time.toString()), () -> metBy.putNull("dateTime"));
            met.how().ifPresentOrElse(how -> metBy.put("how", how), () -> metBy.putNull("how"));
            // Who did the work, where the record says: an id, never a name.
            Optional<String> worker = met.occurrence() instanceof CaseEvent event ? event.worker() : Optional.empty();
            worker.ifPresentOrElse(id -> metBy.put("worker", id), () -> metBy.putNull("worker"));
        }, () -> node.putNull("metBy"));
        // Lateness and what closed it, whatever the status, so a reader needs no case analysis of its own.
        entry.window().flatMap(Window::ideal).ifPresentOrElse(ideal -> node.put("ideal", ideal.toString()), () -> node.putNull("ideal"));
        node.put("daysLate", entry instanceof ScheduleEntry.Met met ? met.daysLate()
                : entry instanceof ScheduleEntry.Missed missed ? missed.daysLate() : 0);
        node.put("daysPastIdeal", entry instanceof ScheduleEntry.Met met ? met.daysPastIdeal() : 0);
        node.put("intervalsMissed", entry.intervalsMissed());
        Optional<Closing> closedBy = entry instanceof ScheduleEntry.Missed missed ? Optional.of(missed.closedBy())
                : entry instanceof ScheduleEntry.NotRequired notRequired ? Optional.of(notRequired.closedBy()) : Optional.empty();
        closedBy.ifPresentOrElse(closing -> {
            ObjectNode closed = node.putObject("closedBy");
            closed.put("kind", closing.kind().name());
            closed.set("by", anchor(closing.by()));
            closed.put("text", closing.inEnglish());
        }, () -> node.putNull("closedBy"));
        entry.reason().ifPresentOrElse(reason -> node.put("reason", reason), () -> node.putNull("reason"));
        node.put("provisional", entry.provisional());
        entry.explanation().ifPresentOrElse(explanation -> node.set("explanation", explanation(explanation)),
                () -> node.putNull("explanation"));
        node.put("explanationText", entry.explanationInEnglish());
        return node;
    }

    /**
     * An explanation as a Jackson tree: {@code kind} says which of the sealed cases it is
     * ({@code counted}, {@code hours}, {@code onTheDay}, {@code directed}, {@code window},
     * {@code targetAndLimit}, {@code whicheverSooner}, {@code whicheverLater}, {@code because},
     * {@code scheduled}); every case carries its {@code date}, whether it is {@code provisional},
     * and its {@code text} in English. Counted periods name the calendar and every skipped holiday; an
     * {@code onTheDay} moved off a weekend or bank holiday gives the {@code nextWorkingDay} it moved to.
     *
     * <p>Example:
     * <pre>{@code
     * ObjectNode why = ScheduleJson.explanation(entry.explanation().orElseThrow());
     * assertThat(why.get("kind").asText()).isEqualTo("counted");
     * }</pre>
     *
     * @param explanation the explanation
     * @return the tree
     */
    public static ObjectNode explanation(Explanation explanation) {
        ObjectNode node = NODES.objectNode();
        if (explanation instanceof Explanation.Counted counted) {
            node.put("kind", "counted");
            node.set("anchor", anchor(counted.anchor()));
            step(node, counted.step());
        } else if (explanation instanceof Explanation.CountedHours hours) {
            hours(node, "hours", hours.anchor(), hours.hours());
            node.put("from", hours.from().toOffsetDateTime().toString());
            node.put("result", hours.result().toOffsetDateTime().toString());
        } else if (explanation instanceof Explanation.CountedHoursFromDay range) {
            // Counted from an anchor without a time: the deadline lies between these two moments.
            hours(node, "hoursFromDay", range.anchor(), range.hours());
            node.put("earliest", range.earliest().toOffsetDateTime().toString());
            node.put("latest", range.latest().toOffsetDateTime().toString());
        } else if (explanation instanceof Explanation.OnTheDay onTheDay) {
            node.put("kind", "onTheDay");
            node.set("anchor", anchor(onTheDay.anchor()));
            node.put("how", onTheDay.how());
            onTheDay.nextWorkingDay().ifPresent(next -> node.put("nextWorkingDay", next.toString()));
        } else if (explanation instanceof Explanation.Directed directed) {
            node.put("kind", "directed");
            node.set("direction", anchor(directed.direction()));
        } else if (explanation instanceof Explanation.Window window) {
            node.put("kind", "window");
            window.dayNumbering().ifPresentOrElse(numbering -> node.put("dayNumbering", numbering),
                    () -> node.putNull("dayNumbering"));
            node.set("opens", explanation(window.opens()));
            node.set("closes", explanation(window.closes()));
        } else if (explanation instanceof Explanation.TargetAndLimit targetAndLimit) {
            node.put("kind", "targetAndLimit");
            node.set("target", explanation(targetAndLimit.target()));
            node.set("limit", explanation(targetAndLimit.limit()));
        } else if (explanation instanceof Explanation.Choice choice) {
            node.put("kind", choice.sooner() ? "whicheverSooner" : "whicheverLater");
            node.set("chosen", explanation(choice.chosen()));
            choice.other().ifPresentOrElse(other -> node.set("other", explanation(other)), () -> node.putNull("other"));
            choice.pending().ifPresentOrElse(pending -> node.put("pending", pending), () -> node.putNull("pending"));
        } else if (explanation instanceof Explanation.Because because) {
            node.put("kind", "because");
            node.put("condition", because.condition());
            node.put("held", because.held());
            node.put("testedOn", because.at().toString());
            node.set("then", explanation(because.explanation()));
        } else if (explanation instanceof Explanation.Scheduled scheduled) {
            node.put("kind", "scheduled");
            node.put("schedule", scheduled.schedule().inWords());
            node.set("from", anchor(scheduled.from()));
            node.put("opens", scheduled.opens().toString());
            node.put("closes", scheduled.closes().toString());
        } else if (explanation instanceof Explanation.Extended extended) {
            node.put("kind", "extended");
            node.set("original", explanation(extended.original()));
            ArrayNode extensions = node.putArray("extensions");
            extended.extensions().forEach(extension -> extensions.add(anchor(extension)));
            ArrayNode tooLate = node.putArray("tooLate");
            extended.tooLate().forEach(extension -> tooLate.add(anchor(extension)));
            node.set("explained", explanation(extended.explained()));
        } else {
            // Explanation is sealed: a new kind must be written here, not left out silently.
            throw new IllegalStateException("an explanation of kind " + explanation.getClass().getSimpleName()
                    + " has no JSON form");
        }
        node.put("date", explanation.date().toString());
        node.put("provisional", explanation.provisional());
        node.put("text", explanation.inEnglish());
        return node;
    }

    /** What every count of hours says: its kind, the anchor, the period and the zone its clocks are in. */
    private static void hours(ObjectNode node, String kind, AnchorPoint anchor, Hours hours) {
        node.put("kind", kind);
        node.set("anchor", anchor(anchor));
        ObjectNode period = node.putObject("period");
        period.put("unit", "hours");
        period.put("count", hours.count());
        period.put("inWords", hours.inWords());
        node.put("zone", hours.zone().getId());
    }

    private static ObjectNode anchor(AnchorPoint anchor) {
        ObjectNode node = NODES.objectNode();
        node.put("description", anchor.description());
        node.put("date", anchor.date().toString());
        anchor.dateTime().ifPresentOrElse(time -> node.put("dateTime", time.toString()), () -> node.putNull("dateTime"));
        if (anchor.occurrence() > 0) {
            node.put("occurrence", anchor.occurrence());
        }
        anchor.adjustment().ifPresent(rounding -> node.set("rounding", rounding(rounding)));
        return node;
    }

    private static void step(ObjectNode node, PeriodStep step) {
        ObjectNode period = node.putObject("period");
        period.put("unit", unit(step.period()));
        period.put("count", step.period().count());
        period.put("inWords", step.period().inWords());
        node.put("direction", step.backwards() ? "before" : "after");
        node.put("from", step.from().toString());
        node.put("result", step.result().toString());
        step.workingDays().ifPresentOrElse(shift -> {
            node.put("calendar", shift.calendar().name());
            ArrayNode skipped = node.putArray("skippedHolidays");
            for (NonWorkingDay day : shift.skippedHolidays()) {
                skipped.addObject().put("date", day.date().toString()).put("name", day.name())
                        .put("kind", day.kind().name());
            }
            node.put("skippedWeekendDays", shift.skippedWeekendDays());
        }, () -> node.putNull("calendar"));
        step.adjustment().ifPresentOrElse(rounding -> node.set("rounding", rounding(rounding)), () -> node.putNull("rounding"));
    }

    private static ObjectNode rounding(MonthEndAdjustment adjustment) {
        ObjectNode node = NODES.objectNode();
        node.put("month", adjustment.month().toString());
        node.put("dayOfMonth", adjustment.dayOfMonth());
        node.put("rounding", adjustment.rounding().name());
        Optional<LocalDate> roundedTo = adjustment.roundedTo();
        roundedTo.ifPresentOrElse(date -> node.put("roundedTo", date.toString()), () -> node.putNull("roundedTo"));
        node.put("text", adjustment.toString());
        return node;
    }

    private static String unit(DayPeriod period) {
        // Java 17 has no pattern switch; the sealed interface has exactly these five.
        if (period instanceof WorkingDays) {
            return "workingDays";
        } else if (period instanceof Days) {
            return "days";
        } else if (period instanceof Weeks) {
            return "weeks";
        } else if (period instanceof Months) {
            return "months";
        } else if (period instanceof Years) {
            return "years";
        }
        return period.getClass().getSimpleName();
    }

    private static void date(ObjectNode node, String field, Optional<LocalDate> date) {
        date.ifPresentOrElse(value -> node.put(field, value.toString()), () -> node.putNull(field));
    }
}
