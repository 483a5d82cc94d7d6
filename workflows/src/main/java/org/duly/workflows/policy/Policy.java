package org.duly.workflows.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.duly.timescales.Facts;
import org.duly.timescales.annotations.CanIgnoreReturnValue;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.annotations.Internal;
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * A named, versioned set of rules. A rule may have several versions with the dates they came into
 * force; the version that applies to an obligation is the one in force on the date its clock
 * started. A policy can be derived from another with labelled overrides, additions and removals,
 * as an authority adapts a template ("a local policy can be substituted here").
 *
 * <p>A policy carries its working-day calendar, England and Wales unless it says otherwise, with the
 * authority's closure days: every rule of the policy counts working days on it, so a schedule can
 * never pair an authority's rules with another's closures. A derived policy keeps its template's
 * calendar and closures unless it changes them.
 *
 * <p>This class is immutable and thread-safe.
 */
@CheckReturnValue
public final class Policy {

    private final String name;
    private final String version;
    private final SpecSheet specSheet;
    private final WorkingCalendar calendar;
    /** Versions by rule id, in the order the rules were first given; each list by effective date. */
    private final Map<String, List<RuleVersion>> versions;
    private final List<String> changes;
    /** Each rule's versions, in the policy's order: what evaluation walks, computed once. */
    private final List<List<RuleVersion>> byRule;
    /** Every type of event that may start a rule's clock ({@link Rule#mayStart}), each once. */
    private final Class<?>[] startingTypes;
    /**
     * For each rule version, in the order of {@link #byRule}, the places in {@link #startingTypes} of the types that may
     * start its clock; null for one a date may start.
     */
    private final int[][] startedBy;

    private Policy(String name, String version, SpecSheet specSheet, WorkingCalendar calendar,
            Map<String, List<RuleVersion>> versions, List<String> changes) {
        this.name = name;
        this.version = version;
        this.specSheet = specSheet;
        this.calendar = calendar;
        Map<String, List<RuleVersion>> copy = new LinkedHashMap<>();
        versions.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        this.versions = java.util.Collections.unmodifiableMap(copy);
        this.changes = List.copyOf(changes);
        this.byRule = List.copyOf(copy.values());
        Map<Class<?>, Integer> places = new LinkedHashMap<>();
        List<int[]> each = new ArrayList<>();
        for (List<RuleVersion> rule : byRule) {
            for (RuleVersion ruleVersion : rule) {
                Class<?>[] types = ruleVersion.rule().startingTypes();
                int[] startedByTypes = null;
                if (types != null) {
                    startedByTypes = new int[types.length];
                    for (int i = 0; i < types.length; i++) {
                        startedByTypes[i] = places.computeIfAbsent(types[i], type -> places.size());
                    }
                }
                each.add(startedByTypes);
            }
        }
        this.startingTypes = places.keySet().toArray(new Class<?>[0]);
        this.startedBy = each.toArray(new int[0][]);
    }

    /**
     * Each rule's versions, oldest first, in the policy's order of rules: what an evaluation walks.
     * {@link Internal}, for the engine and Duly's handbook; an application reads {@link #rules()},
     * {@link #versions()} and {@link #versionsOf(String)}.
     *
     * <p>Example:
     * <pre>{@code
     * for (List<RuleVersion> rule : policy.versionsByRule()) {
     *     System.out.println(rule.get(0).rule().id() + ": " + rule.size() + " versions");
     * }
     * }</pre>
     *
     * @return the versions, rule by rule
     */
    @Internal
    public List<List<RuleVersion>> versionsByRule() {
        return byRule;
    }

    /**
     * Which rule versions something in a case may start, each as {@link Rule#mayStart} says, in the order of
     * {@link #versionsByRule}, each rule's versions in turn: what the engine asks before it evaluates a rule. Each type
     * of event that may start a clock is looked up in the facts once, however many rules it may start.
     * {@link Internal}, for the engine.
     *
     * <p>Example:
     * <pre>{@code
     * boolean[] mayStart = policy.mayStart(facts);
     * int place = 0;
     * for (List<RuleVersion> rule : policy.versionsByRule()) {
     *     for (RuleVersion ruleVersion : rule) {
     *         assertThat(mayStart[place++]).isEqualTo(ruleVersion.rule().mayStart(facts));
     *     }
     * }
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @return for each rule version in turn, whether something in the facts may start its clock; a new array
     */
    @Internal
    public boolean[] mayStart(Facts facts) {
        Objects.requireNonNull(facts, "facts");
        boolean[] recorded = new boolean[startingTypes.length];
        for (int i = 0; i < startingTypes.length; i++) {
            recorded[i] = !facts.occurrences(startingTypes[i]).isEmpty();
        }
        boolean[] mayStart = new boolean[startedBy.length];
        for (int v = 0; v < startedBy.length; v++) {
            int[] types = startedBy[v];
            boolean any = types == null;
            for (int i = 0; !any && i < types.length; i++) {
                any = recorded[types[i]];
            }
            mayStart[v] = any;
        }
        return mayStart;
    }

    /**
     * Starts a policy.
     *
     * <p>Example:
     * <pre>{@code
     * Policy policy = Policy.builder("Northshire practice standards", "2025-01").rule(icpc).rule(reviews).build();
     * }</pre>
     *
     * @param name the policy's name
     * @param version its version, as the authority numbers it
     * @return the builder
     */
    public static Builder builder(String name, String version) {
        return new Builder(name, version);
    }

    /**
     * The policy's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The policy's version.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * The policy's name and version, as a schedule heads it: "Northshire practice standards 2025-01".
     *
     * @return the name and version
     */
    public String title() {
        return name + " " + version;
    }

    /**
     * The timescales of the document the policy implements, with their ids and areas; empty for a
     * policy without one.
     *
     * @return the spec sheet
     */
    public SpecSheet specSheet() {
        return specSheet;
    }

    /**
     * The working-day calendar every rule of the policy counts on, with the authority's closure days.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(policy.calendar().isWorkingDay(LocalDate.parse("2024-12-27"))).isFalse();  // a Christmas closure
     * }</pre>
     *
     * @return the calendar
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * The same policy, rules, versions and changes, on another working-day calendar: for a test on a
     * fixed calendar, say. An authority that adapts a template says so in a derivation
     * ({@link Derivation#calendar(WorkingCalendar)}, {@link Derivation#closedOn(DateRange, String)}),
     * where the change is recorded.
     *
     * <p>Example:
     * <pre>{@code
     * Policy onWeekendsOnly = policy.withCalendar(TestCalendars.weekendsOnly());
     * }</pre>
     *
     * @param newCalendar the calendar
     * @return the policy on that calendar
     */
    public Policy withCalendar(WorkingCalendar newCalendar) {
        return new Policy(name, version, specSheet, Objects.requireNonNull(newCalendar, "newCalendar"), versions, changes);
    }

    /**
     * The policy's areas of practice, in its document's order: those of its spec sheet, or
     * {@link Area#ALL_RULES} alone for a policy without one.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(policy.areas()).first().isEqualTo(Area.of("Early Help and Single Assessments"));
     * }</pre>
     *
     * @return the areas
     */
    public List<Area> areas() {
        return specSheet.isEmpty() ? List.of(Area.ALL_RULES) : specSheet.areas();
    }

    /**
     * The area a rule is filed under: the area of its first spec id on the spec sheet, or
     * {@link Area#ALL_RULES} for a policy without one.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(policy.areaOf(policy.rule("cp.icpc").orElseThrow())).isEqualTo(Area.of("Child Protection"));
     * }</pre>
     *
     * @param rule a rule of this policy
     * @return its area
     */
    public Area areaOf(Rule rule) {
        for (String specId : rule.specIds()) {
            Optional<Area> area = specSheet.areaOf(specId);
            if (area.isPresent()) {
                return area.get();
            }
        }
        return Area.ALL_RULES;
    }

    /**
     * The latest version of each rule, in the policy's order.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(policy.rules()).extracting(Rule::id).contains("cp.icpc");
     * }</pre>
     *
     * @return the rules
     */
    public List<Rule> rules() {
        return versions.values().stream().map(list -> list.get(list.size() - 1).rule()).toList();
    }

    /**
     * Every version of every rule, in the policy's order and then by effective date.
     *
     * @return the versions
     */
    public List<RuleVersion> versions() {
        return versions.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The versions of one rule, oldest first.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(policy.versionsOf("cl.personal-adviser")).hasSize(2);
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return its versions; empty if the policy has no such rule
     */
    public List<RuleVersion> versionsOf(String ruleId) {
        return versions.getOrDefault(ruleId, List.of());
    }

    /**
     * The latest version of a rule.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(policy.rule("cp.icpc")).isPresent();
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return the rule, if the policy has it
     */
    public Optional<Rule> rule(String ruleId) {
        List<RuleVersion> list = versions.get(ruleId);
        return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1).rule());
    }

    /**
     * The version of a rule in force on a date: for an obligation, the date its clock started.
     *
     * <p>Example:
     * <pre>{@code
     * Rule then = policy.ruleInForceOn("cl.personal-adviser", LocalDate.parse("2018-03-31")).orElseThrow();
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param clockStart the date
     * @return the version in force then, or empty if the rule had not come into force
     */
    public Optional<Rule> ruleInForceOn(String ruleId, LocalDate clockStart) {
        Rule inForce = null;
        for (RuleVersion each : versionsOf(ruleId)) {
            if (!each.laterThan(clockStart)) {
                inForce = each.rule();
            }
        }
        return Optional.ofNullable(inForce);
    }

    /**
     * The labelled changes that derived this policy from its template, in order.
     *
     * @return the changes in words: "override cp.icpc: Derby City ..."
     */
    public List<String> changes() {
        return changes;
    }

    /**
     * Starts a policy derived from this one, as a local authority adapts a template.
     *
     * <p>Example:
     * <pre>{@code
     * Policy derby = template.derive("Derby City practice standards", "2018-09")
     *     .closedOn(DateRange.of(LocalDate.parse("2018-12-27"), LocalDate.parse("2018-12-31")), "Christmas closure")
     *     .override("visits every 4 weeks in Derby City", fourWeeklyVisits)
     *     .remove("not a Derby City standard", "rcr.allocation")
     *     .build();
     * }</pre>
     *
     * @param newName the derived policy's name
     * @param newVersion its version
     * @return the derivation
     */
    public Derivation derive(String newName, String newVersion) {
        return new Derivation(this, newName, newVersion);
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + versions.size() + " rules)";
    }

    /**
     * Builds a policy; every problem is reported at once when it is built.
     *
     * <p>Mutable: use it on one thread, then build. Its methods change it and return it for
     * chaining, so their results may be ignored; the policy {@link #build()} returns must be used.
     */
    public static final class Builder {
        private final String name;
        private final String version;
        private final List<RuleVersion> given = new ArrayList<>();
        private SpecSheet specSheet = SpecSheet.NONE;
        private final CalendarBuilder calendar = new CalendarBuilder(EnglandAndWales.calendar());

        private Builder(String name, String version) {
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
        }

        /**
         * The working-day calendar the policy's rules count on; England and Wales if not given. Closure
         * days given with {@code closedOn} are added to it, whichever comes first.
         *
         * <p>Example:
         * <pre>{@code
         * builder.calendar(EnglandAndWales.calendar());
         * }</pre>
         *
         * @param workingDays the calendar
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder calendar(WorkingCalendar workingDays) {
            calendar.choose(workingDays);
            return this;
        }

        /**
         * One of our closure days: a working day on which the authority is closed, so no working-day
         * timescale counts it. A weekend day or bank holiday keeps its own name.
         *
         * <p>Example:
         * <pre>{@code
         * builder.closedOn(LocalDate.parse("2024-12-27"), "Christmas closure");
         * }</pre>
         *
         * @param day the day
         * @param closureName what the closure is called, as explanations name the day
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder closedOn(LocalDate day, String closureName) {
            calendar.close(day, closureName);
            return this;
        }

        /**
         * Our closure days over a range: every working day of it.
         *
         * <p>Example:
         * <pre>{@code
         * builder.closedOn(DateRange.of(LocalDate.parse("2024-12-24"), LocalDate.parse("2024-12-31")), "Christmas closure");
         * }</pre>
         *
         * @param days the days
         * @param closureName what the closure is called, as explanations name the days
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder closedOn(DateRange days, String closureName) {
            calendar.close(days, closureName);
            return this;
        }

        /**
         * Our closure days as a list, as an authority keeps them in its configuration.
         *
         * <p>Example:
         * <pre>{@code
         * builder.closedOn(List.of(LocalDate.parse("2024-12-27"), LocalDate.parse("2025-07-04")), "Staff training day");
         * }</pre>
         *
         * @param days the days, in any order
         * @param closureName what the closures are called, as explanations name the days
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder closedOn(Collection<LocalDate> days, String closureName) {
            calendar.close(days, closureName);
            return this;
        }

        /**
         * The timescales of the document the policy implements: every spec id a rule names must be on
         * it, and rules are filed under the areas of their spec ids.
         *
         * <p>Example:
         * <pre>{@code
         * builder.specSheet(SpecSheet.fromTsv(tsv));
         * }</pre>
         *
         * @param sheet the spec sheet
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder specSheet(SpecSheet sheet) {
            this.specSheet = Objects.requireNonNull(sheet, "sheet");
            return this;
        }

        /**
         * Adds a rule, in force for every clock.
         *
         * <p>Example:
         * <pre>{@code
         * builder.rule(icpc);
         * }</pre>
         *
         * @param rule the rule
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder rule(Rule rule) {
            given.add(new RuleVersion(rule, Optional.empty(), Optional.empty()));
            return this;
        }

        /**
         * Adds rules, each in force for every clock, in order.
         *
         * <p>Example:
         * <pre>{@code
         * builder.rules(List.of(icpc, coreGroups));
         * }</pre>
         *
         * @param rules the rules
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder rules(List<Rule> rules) {
            rules.forEach(this::rule);
            return this;
        }

        /**
         * Adds a version of a rule in force for clocks started on or after a date.
         *
         * <p>Example:
         * <pre>{@code
         * builder.rule(personalAdviserTo21).rule(personalAdviserTo25, LocalDate.parse("2018-04-01"));
         * }</pre>
         *
         * @param rule the rule
         * @param effectiveFrom the first clock start it applies to
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder rule(Rule rule, LocalDate effectiveFrom) {
            given.add(new RuleVersion(rule, Optional.of(effectiveFrom), Optional.empty()));
            return this;
        }

        /**
         * Builds the policy.
         *
         * <p>Example:
         * <pre>{@code
         * Policy policy = builder.build();
         * }</pre>
         *
         * @return the policy
         * @throws PolicyDefinitionException listing every pair of rules with one id and one effective date,
         *     every spec id a rule names that is not on the spec sheet, and every closure day outside the
         *     calendar's range
         */
        public Policy build() {
            List<String> problems = new ArrayList<>();
            WorkingCalendar workingDays = calendar.build(problems);
            return assemble(name, version, specSheet, workingDays, given, List.of(), problems);
        }
    }

    private static Policy assemble(String name, String version, SpecSheet specSheet, WorkingCalendar calendar,
            List<RuleVersion> given, List<String> changes, List<String> problems) {
        if (Objects.requireNonNull(name, "name").isBlank() || Objects.requireNonNull(version, "version").isBlank()) {
            problems.add("a policy needs a name and a version, not '" + name + "' '" + version + "'");
        }
        Map<String, List<RuleVersion>> byId = new LinkedHashMap<>();
        for (RuleVersion each : given) {
            if (!specSheet.isEmpty()) {
                for (String specId : each.rule().specIds()) {
                    if (specSheet.spec(specId).isEmpty()) {
                        problems.add("rule " + each.rule().id() + " implements " + specId + ", which is not on the spec sheet");
                    }
                }
            }
            List<RuleVersion> list = byId.computeIfAbsent(each.rule().id(), id -> new ArrayList<>());
            if (list.stream().anyMatch(other -> other.effectiveFrom().equals(each.effectiveFrom()))) {
                problems.add("two rules with the id " + each.rule().id()
                        + each.effectiveFrom().map(from -> " in force from " + from).orElse(""));
                continue;
            }
            list.add(each);
        }
        byId.values().forEach(list -> list.sort(Comparator.comparing(v -> v.effectiveFrom().orElse(LocalDate.MIN))));
        if (!problems.isEmpty()) {
            throw new PolicyDefinitionException(name, problems);
        }
        return new Policy(name, version, specSheet, calendar, byId, changes);
    }

    /**
     * A policy being derived from a template: labelled overrides, additions and removals.
     *
     * <p>Mutable: use it on one thread, then build. Its methods change it and return it for
     * chaining, so their results may be ignored; the policy {@link #build()} returns must be used.
     */
    public static final class Derivation {
        private final Policy template;
        private final String name;
        private final String version;
        private final List<RuleVersion> rules;
        private final List<String> changes;
        private final List<String> problems = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private final List<Spec> addedSpecs = new ArrayList<>();
        private final CalendarBuilder calendar;

        private Derivation(Policy template, String name, String version) {
            this.template = template;
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
            this.rules = new ArrayList<>(template.versions());
            this.changes = new ArrayList<>(template.changes());
            this.calendar = new CalendarBuilder(template.calendar());
        }

        /**
         * Counts the derived policy's working days on another calendar instead of the template's, which
         * it otherwise keeps with the template's closure days. Closure days given with
         * {@code closedOn} are added to it, whichever comes first.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.calendar(northshireCalendar);
         * }</pre>
         *
         * @param workingDays the calendar
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation calendar(WorkingCalendar workingDays) {
            calendar.choose(workingDays);
            changes.add("calendar: " + workingDays.name());
            return this;
        }

        /**
         * One of our closure days, added to the template's calendar: a working day on which the
         * authority is closed, so no working-day timescale counts it. A weekend day or bank holiday
         * keeps its own name.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.closedOn(LocalDate.parse("2024-12-27"), "Christmas closure");
         * }</pre>
         *
         * @param day the day
         * @param closureName what the closure is called, as explanations name the day
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation closedOn(LocalDate day, String closureName) {
            changes.add(calendar.close(day, closureName));
            return this;
        }

        /**
         * Our closure days over a range, added to the template's calendar: every working day of it.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.closedOn(DateRange.of(LocalDate.parse("2024-12-24"), LocalDate.parse("2024-12-31")), "Christmas closure");
         * }</pre>
         *
         * @param days the days
         * @param closureName what the closure is called, as explanations name the days
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation closedOn(DateRange days, String closureName) {
            changes.add(calendar.close(days, closureName));
            return this;
        }

        /**
         * Our closure days as a list, as an authority keeps them in its configuration, added to the
         * template's calendar.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.closedOn(List.of(LocalDate.parse("2024-12-27"), LocalDate.parse("2025-07-04")), "Staff training day");
         * }</pre>
         *
         * @param days the days, in any order
         * @param closureName what the closures are called, as explanations name the days
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation closedOn(Collection<LocalDate> days, String closureName) {
            changes.add(calendar.close(days, closureName));
            return this;
        }

        /**
         * Adds the council's own timescales to the template's spec sheet, for the rules it adds.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.specs(List.of(Spec.of("NS-1", Area.of("Missing Children"), "Return home interview within 72 hours")));
         * }</pre>
         *
         * @param more the specs to add
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation specs(java.util.Collection<Spec> more) {
            addedSpecs.addAll(more);
            return this;
        }

        /**
         * Replaces every version of a rule with a local one.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.override("Derby City visits every 4 weeks", fourWeeklyVisits);
         * }</pre>
         *
         * @param label why, in words
         * @param rule the local rule, with the id of the rule it replaces
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation override(String label, Rule rule) {
            if (!exists(rule.id(), "override")) {
                return this;
            }
            int at = firstIndexOf(rule.id());
            rules.removeIf(each -> each.rule().id().equals(rule.id()));
            rules.add(at, new RuleVersion(rule, Optional.empty(), Optional.of(label)));
            changes.add("override " + rule.id() + ": " + label);
            return this;
        }

        /**
         * Adds a local version of a rule in force for clocks started on or after a date; clocks
         * started before keep the versions already there.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.override("Children and Social Work Act 2017", personalAdviserTo25, LocalDate.parse("2018-04-01"));
         * }</pre>
         *
         * @param label why, in words
         * @param rule the new version, with the id of the rule it changes
         * @param effectiveFrom the first clock start it applies to
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation override(String label, Rule rule, LocalDate effectiveFrom) {
            if (!exists(rule.id(), "override")) {
                return this;
            }
            int at = lastIndexOf(rule.id()) + 1;
            rules.add(at, new RuleVersion(rule, Optional.of(effectiveFrom), Optional.of(label)));
            changes.add("override " + rule.id() + " from " + effectiveFrom + ": " + label);
            return this;
        }

        /**
         * Adds a local rule the template does not have.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.add("Derby City pet risk assessments", petRiskAssessment);
         * }</pre>
         *
         * @param label why, in words
         * @param rule the rule
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation add(String label, Rule rule) {
            if (firstIndexOf(rule.id()) >= 0) {
                problems.add("cannot add " + rule.id() + " (" + label + "): the policy already has a rule with that id;"
                        + " override it instead");
                return this;
            }
            rules.add(new RuleVersion(rule, Optional.empty(), Optional.of(label)));
            changes.add("add " + rule.id() + ": " + label);
            return this;
        }

        /**
         * Removes a rule, every version of it.
         *
         * <p>Example:
         * <pre>{@code
         * derivation.remove("not a Derby City standard", "rcr.allocation");
         * }</pre>
         *
         * @param label why, in words
         * @param ruleId the rule's id
         * @return this derivation
         */
        @CanIgnoreReturnValue
        public Derivation remove(String label, String ruleId) {
            if (!exists(ruleId, "remove")) {
                return this;
            }
            rules.removeIf(each -> each.rule().id().equals(ruleId));
            removed.add(ruleId);
            changes.add("remove " + ruleId + ": " + label);
            return this;
        }

        /**
         * Builds the derived policy.
         *
         * <p>Example:
         * <pre>{@code
         * Policy derby = derivation.build();
         * }</pre>
         *
         * @return the policy
         * @throws PolicyDefinitionException listing every override or removal of a rule that does not
         *     exist, every addition of one that does, every pair of rules with one id, and every
         *     closure day outside the calendar's range
         */
        public Policy build() {
            List<String> found = new ArrayList<>(problems);
            WorkingCalendar workingDays = calendar.build(found);
            SpecSheet specSheet = template.specSheet();
            try {
                specSheet = specSheet.plus(addedSpecs);
            } catch (IllegalArgumentException twice) {
                found.add(twice.getMessage());
            }
            return assemble(name, version, specSheet, workingDays, rules, changes, found);
        }

        private boolean exists(String ruleId, String what) {
            if (firstIndexOf(ruleId) < 0) {
                problems.add("cannot " + what + " " + ruleId + ": " + (removed.contains(ruleId)
                        ? "this derivation has removed it" : template.name() + " has no rule with that id"));
                return false;
            }
            return true;
        }

        private int firstIndexOf(String ruleId) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).rule().id().equals(ruleId)) {
                    return i;
                }
            }
            return -1;
        }

        private int lastIndexOf(String ruleId) {
            for (int i = rules.size() - 1; i >= 0; i--) {
                if (rules.get(i).rule().id().equals(ruleId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The calendar a policy is being built on: the one chosen (England and Wales, the template's, or
     * another) and the closure days to add to it, added when the policy is built so that the order
     * of {@code calendar} and {@code closedOn} does not matter.
     */
    private static final class CalendarBuilder {
        private WorkingCalendar chosen;
        private final List<Closure> closures = new ArrayList<>();

        /** Closure days in words ("on 2024-12-27"), and how to add them to a calendar. */
        private record Closure(String days, String closureName, UnaryOperator<WorkingCalendar> close) {
        }

        CalendarBuilder(WorkingCalendar chosen) {
            this.chosen = chosen;
        }

        void choose(WorkingCalendar calendar) {
            this.chosen = Objects.requireNonNull(calendar, "calendar");
        }

        // Each close(...) returns the change in words, for a derivation's changes; a new policy records none.

        /** Adds a closure day; returns the change in words. */
        @CanIgnoreReturnValue
        String close(LocalDate day, String closureName) {
            Objects.requireNonNull(day, "day");
            return add(new Closure("on " + day, closureName, calendar -> calendar.withClosure(day, closureName)));
        }

        @CanIgnoreReturnValue
        String close(DateRange days, String closureName) {
            Objects.requireNonNull(days, "days");
            return add(new Closure("from " + days.start() + " to " + days.endInclusive(), closureName,
                    calendar -> calendar.withClosures(days, closureName)));
        }

        @CanIgnoreReturnValue
        String close(Collection<LocalDate> days, String closureName) {
            List<LocalDate> listed = List.copyOf(days);
            return add(new Closure("on " + listed.stream().map(LocalDate::toString).collect(Collectors.joining(", ")),
                    closureName, calendar -> calendar.withClosures(listed, closureName)));
        }

        private String add(Closure closure) {
            Objects.requireNonNull(closure.closureName(), "closureName");
            closures.add(closure);
            return "closed " + closure.days() + ": " + closure.closureName();
        }

        /** The chosen calendar with the closures; a closure that cannot be added is a problem of the policy. */
        WorkingCalendar build(List<String> problems) {
            WorkingCalendar calendar = chosen;
            for (Closure closure : closures) {
                try {
                    calendar = closure.close().apply(calendar);
                } catch (DateTimeException | IllegalArgumentException refused) {
                    problems.add("cannot close " + closure.days() + " (" + closure.closureName() + "): " + refused.getMessage());
                }
            }
            return calendar;
        }
    }
}
