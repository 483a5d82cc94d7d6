package org.duly.examples.docs;

import java.time.LocalDate;
import java.util.List;
import org.duly.casefile.CaseFile;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.CaseEvent;
import org.duly.testkit.ChildCase;
import org.duly.timescales.EvaluationContext;
import org.duly.timescales.Facts;
import org.duly.timescales.calendar.WorkingCalendar;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;

/**
 * The names the documentation's examples use without declaring them, as a reader has them in hand:
 * a child's timeline, a policy, a schedule, an entry. Examples are compiled, not run, so they hold
 * nothing. An example that declares one of these names itself shadows it.
 */
@SuppressWarnings("unused")
public class Context {
    protected static Child child;
    protected static List<CaseEvent> events;
    protected static CaseTimeline timeline;
    protected static ChildCase kase;
    protected static Policy policy;
    protected static Policy template;
    protected static Rule rule;
    protected static Schedule schedule;
    protected static ScheduleEntry entry;
    protected static LocalDate asOf;
    protected static WorkingCalendar calendar;
    protected static CaseFile caseFile;
    protected static Facts facts;
    protected static EvaluationContext context;
    protected static Policy.Builder builder;
    protected static Policy.Derivation derivation;
    protected static Rule icpc;
    protected static Rule reviews;
    protected static Rule coreGroups;
    protected static Rule fourWeeklyVisits;
    protected static Rule personalAdviserTo21;
    protected static Rule personalAdviserTo25;
    protected static Rule petRiskAssessment;
    protected static WorkingCalendar northshireCalendar;
    protected static String tsv;
}
