package org.duly.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.duly.cli.report.Holder;
import org.duly.domain.value.Spelling;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What a caseload report covers: the work tray's last due date ({@code --due-by DATE} or
 * {@code --due-within N}), and filters by team, worker, status, rule and area. Each filter takes
 * values separated by commas, and repeats; a case or an entry passes when it matches any value of
 * every filter given. A rule or an area that the policy does not have is refused before any case is
 * read, with the ones it has.
 */
final class CaseloadFilters {

    @ArgGroup(exclusive = true)
    private Due due;

    @Option(names = "--team", split = ",", paramLabel = "ID", description = "Only the cases of these teams (by id).")
    private List<String> teams = new ArrayList<>();

    @Option(names = "--worker", split = ",", paramLabel = "ID", description = "Only the cases allocated to these workers (by id).")
    private List<String> workers = new ArrayList<>();

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only obligations in these statuses, such as overdue,due_soon.")
    private List<Status> statuses = new ArrayList<>();

    @Option(names = "--rule", split = ",", paramLabel = "ID",
            description = "Only these rules, by id; a trailing * takes every rule the id begins: cp.*")
    private List<String> rules = new ArrayList<>();

    @Option(names = "--area", split = ",", paramLabel = "AREA",
            description = "Only the rules of these areas, by title, such as \"Child Protection\" (any case).")
    private List<String> areas = new ArrayList<>();

    /** The work tray's last day, one way or the other. */
    static final class Due {
        @Option(names = "--due-by", paramLabel = "DATE", converter = IsoDates.class, required = true,
                description = "List every open obligation due by DATE (overdue ones too), by team and worker, earliest first.")
        private Optional<LocalDate> dueBy;

        @Option(names = "--due-within", paramLabel = "N", required = true,
                description = "The same, for the N calendar days from the as-of date: 7 is the coming week.")
        private Optional<Integer> dueWithin;
    }

    /**
     * The work tray's last due date, if one was asked for.
     *
     * @throws ParameterException if {@code --due-within} is negative or very large
     */
    Optional<LocalDate> dueBy(CommandSpec spec, LocalDate asOf) {
        if (due == null) {
            return Optional.empty();
        }
        if (due.dueWithin != null && due.dueWithin.isPresent()) {
            int days = due.dueWithin.get();
            if (days < 0 || days > MOST_DAYS) {
                throw new ParameterException(spec.commandLine(), "--due-within must be from 0 to " + MOST_DAYS + " days, not " + days);
            }
            return Optional.of(asOf.plusDays(days));
        }
        return due.dueBy;
    }

    /** The most days {@code --due-within} takes: ten years. */
    static final int MOST_DAYS = 3_653;

    /** Whether a case held by a holder is reported. */
    boolean covers(Holder holder) {
        return (teams.isEmpty() || holder.team().filter(teams::contains).isPresent())
                && (workers.isEmpty() || holder.worker().filter(workers::contains).isPresent());
    }

    /**
     * Which entries are counted: those of the rules and areas asked for, in the statuses asked for.
     *
     * @throws ParameterException naming every rule or area the policy does not have
     */
    Predicate<ScheduleEntry> entries(CommandSpec spec, Policy policy) {
        List<String> problems = new ArrayList<>();
        for (String rule : rules) {
            if (policy.rules().stream().noneMatch(known -> matches(rule, known))) {
                problems.add("--rule " + Shown.quoted(rule) + " is no rule of this policy"
                        + nearest(rule, policy.rules().stream().map(Rule::id).toList()));
            }
        }
        for (String area : areas) {
            if (policy.areas().stream().noneMatch(known -> known.title().equalsIgnoreCase(area.strip()))) {
                problems.add("--area " + Shown.quoted(area) + " is no area of this policy"
                        + nearest(area, policy.areas().stream().map(Area::title).toList()));
            }
        }
        if (!problems.isEmpty()) {
            // Every problem at once, on the one line a usage error has.
            throw new ParameterException(spec.commandLine(), String.join("; ", problems) + " (duly rules lists the rules by area)");
        }
        Set<String> ruleIds = policy.rules().stream()
                .filter(rule -> rules.isEmpty() || rules.stream().anyMatch(pattern -> matches(pattern, rule)))
                .filter(rule -> areas.isEmpty() || areas.stream().anyMatch(area -> policy.areaOf(rule).title().equalsIgnoreCase(area.strip())))
                .map(Rule::id).collect(Collectors.toSet());
        Set<Status> kept = statuses.isEmpty() ? EnumSet.allOf(Status.class) : EnumSet.copyOf(statuses);
        boolean everyRule = rules.isEmpty() && areas.isEmpty();
        return entry -> kept.contains(entry.status()) && (everyRule || ruleIds.contains(entry.rule().id()));
    }

    /** " (did you mean cp.icpc?)" for a value near a known one, or nothing. */
    private static String nearest(String typed, List<String> known) {
        return Spelling.closest(typed.strip(), known).map(name -> " (did you mean " + name + "?)").orElse("");
    }

    private static boolean matches(String pattern, Rule rule) {
        String id = rule.id().toLowerCase(Locale.ROOT);
        String wanted = pattern.strip().toLowerCase(Locale.ROOT);
        return wanted.endsWith("*") ? id.startsWith(wanted.substring(0, wanted.length() - 1)) : id.equals(wanted);
    }
}
