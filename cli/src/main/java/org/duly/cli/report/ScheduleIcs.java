package org.duly.cli.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.casefile.Journey;

/**
 * The open obligations as all-day calendar entries on their due dates (RFC 5545, through ical4j).
 * Every property is set here, none by ical4j's defaults, because its defaults read the clock
 * (DTSTAMP) or invent random UIDs: the same schedule must give the same bytes, so a practitioner's
 * calendar updates an entry in place when the file is imported again instead of duplicating it.
 */
final class ScheduleIcs {

    static final String PRODUCT = "-//Duly//Duly schedule//EN";

    private ScheduleIcs() {
    }

    static String render(Journey journey, Schedule schedule) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        // The moment the schedule describes, not the moment it was written: midnight UTC of the as-of date.
        Instant stamp = schedule.asOf().atStartOfDay().toInstant(ZoneOffset.UTC);
        for (ScheduleEntry entry : schedule.entries()) {
            if (!entry.status().isOpen() || entry.due().isEmpty()) {
                continue;
            }
            VEvent event = new VEvent(false)
                    .add(new Uid(uid(journey.caseId(), entry)))
                    .add(new DtStamp(stamp))
                    .add(new DtStart<>(entry.due().get()))
                    .add(new DtEnd<>(entry.due().get().plusDays(1)))
                    // A practitioner's calendar holds many cases: say which one, by its id.
                    .add(new Summary(entry.rule().title() + " (" + journey.caseId() + ")"))
                    .add(new Description(entry.explanationInEnglish()))
                    .add(new Categories(entry.status().name()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            // Validation is off; a failure here would be a bug in how the calendar is built.
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The same obligation always has the same UID, and the case id does not appear in it: a hash of
     * the case id, the rule and which occurrence, "@duly".
     */
    static String uid(String caseId, ScheduleEntry entry) {
        String key = caseId + "\n" + entry.rule().id() + "\n" + entry.chain() + "\n" + entry.occurrence();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex + "@duly";
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
