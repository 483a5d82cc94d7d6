package org.duly.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.policy.Area;

/**
 * The caseload as one JSON document, for dashboards: the as-of date, the counts by status and by
 * area, the overdue list, the timeliness of each rule (and of each team and worker when the cases
 * record them) and the work tray when asked for. Keys are camelCase as in a schedule's JSON; a
 * missing team or worker is null.
 */
final class CaseloadJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CaseloadJson() {
    }

    static String render(Caseload caseload) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            // Two-space indent and \n on every platform, so the output is the same bytes everywhere.
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            write(json, caseload);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string", e);
        }
        return text.append('\n').toString();
    }

    private static void write(JsonGenerator json, Caseload caseload) throws IOException {
        ScheduleSummary summary = caseload.summary();
        json.writeStartObject();
        json.writeStringField("asOf", caseload.asOf());
        json.writeNumberField("cases", caseload.cases());
        json.writeNumberField("obligations", caseload.obligations());
        json.writeObjectFieldStart("counts");
        for (Status status : Status.values()) {
            json.writeNumberField(status.name(), summary.count(status));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("areas");
        for (Map.Entry<Area, Map<Status, Long>> area : summary.countsByArea().entrySet()) {
            json.writeStartObject();
            json.writeStringField("area", area.getKey().title());
            json.writeObjectFieldStart("counts");
            for (Status status : Status.values()) {
                json.writeNumberField(status.name(), area.getValue().getOrDefault(status, 0L));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("overdue");
        for (ScheduleSummary.Overdue item : summary.overdue()) {
            json.writeStartObject();
            json.writeStringField("caseId", item.subject());
            holder(json, caseload.holders().apply(item.subject()));
            json.writeStringField("area", item.area().title());
            json.writeStringField("ruleId", item.rule().id());
            json.writeStringField("title", item.rule().title());
            json.writeNumberField("chain", item.chain());
            json.writeNumberField("occurrence", item.occurrence());
            json.writeStringField("due", item.due().toString());
            json.writeNumberField("daysOverdue", item.daysOverdue());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("timeliness");
        for (ScheduleSummary.Timeliness rule : summary.timeliness()) {
            json.writeStartObject();
            json.writeStringField("ruleId", rule.ruleId());
            json.writeStringField("title", rule.title());
            counts(json, rule);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("teams");
        for (CaseloadTally.HolderTimeliness team : caseload.teams()) {
            json.writeStartObject();
            json.writeStringField("team", team.holder().team().orElse(null));
            counts(json, team.timeliness());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("workers");
        for (CaseloadTally.HolderTimeliness worker : caseload.workers()) {
            json.writeStartObject();
            holder(json, worker.holder());
            counts(json, worker.timeliness());
            json.writeEndObject();
        }
        json.writeEndArray();
        Optional<CaseloadTally.Tray> tray = caseload.tray();
        if (tray.isPresent()) {
            json.writeObjectFieldStart("due");
            json.writeStringField("dueBy", tray.get().dueBy().toString());
            json.writeArrayFieldStart("items");
            for (CaseloadTally.DueItem item : tray.get().items()) {
                json.writeStartObject();
                holder(json, item.holder());
                json.writeStringField("due", item.due().toString());
                json.writeStringField("dueTime", item.dueTime().map(Object::toString).orElse(null));
                json.writeStringField("status", item.status().name());
                json.writeStringField("caseId", item.subject());
                json.writeStringField("area", item.area().title());
                json.writeStringField("ruleId", item.rule().id());
                json.writeStringField("title", item.rule().title());
                json.writeNumberField("chain", item.chain());
                json.writeNumberField("occurrence", item.occurrence());
                json.writeStringField("reason", item.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNullField("due");
        }
        json.writeEndObject();
    }

    private static void holder(JsonGenerator json, Holder holder) throws IOException {
        json.writeStringField("team", holder.team().orElse(null));
        json.writeStringField("worker", holder.worker().orElse(null));
    }

    private static void counts(JsonGenerator json, ScheduleSummary.Timeliness row) throws IOException {
        for (Map.Entry<String, Long> count : List.of(Map.entry("due", row.due()), Map.entry("metOnTime", row.metOnTime()),
                Map.entry("metLate", row.metLate()), Map.entry("overdue", row.overdue()), Map.entry("missed", row.missed()),
                Map.entry("intervalsMissed", row.intervalsMissed()))) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeNumberField("shareOnTime", Math.round(row.share() * 10_000) / 10_000.0);
    }
}
