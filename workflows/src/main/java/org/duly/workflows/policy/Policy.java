package org.duly.workflows.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.annotations.CanIgnoreReturnValue;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * A named, versioned set of rules. A rule may have several versions with the dates they came into
 * force; the version that applies to an obligation is the one in force on the date its clock
 * started. A policy can be derived from another with labelled overrides, additions and removals,
 * as an authority adapts a template ("a local policy can be substituted here").
 *
 * <p>This class is immutable and thread-safe.
 */
@CheckReturnValue
public final class Policy {

    private final String name;
    private final String version;
    private final SpecSheet specSheet;
    /** Versions by rule id, in the order the rules were first given; each list by effective date. */
    private final Map<String, List<RuleVersion>> versions;
    private final List<String> changes;
    /** Each rule's versions, in the policy's order: what evaluation walks, computed once. */
    private final List<List<RuleVersion>> byRule;

    private Policy(String name, String version, SpecSheet specSheet, Map<String, List<RuleVersion>> versions,
            List<String> changes) {
        this.name = name;
        this.version = version;
        this.specSheet = specSheet;
        Map<String, List<RuleVersion>> copy = new LinkedHashMap<>();
        versions.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        this.versions = java.util.Collections.unmodifiableMap(copy);
        this.changes = List.copyOf(changes);
        this.byRule = List.copyOf(copy.values());
    }

    /**
     * Each rule's versions, oldest first, in the policy's order of rules: what an evaluation walks.
     *
     * <p>Example:
     * <pre>{@code
     * for (List<RuleVersion> rule : policy.versionsByRule()) { ... }
     * }</pre>
     *
     * @return the versions, rule by rule
     */
    public List<List<RuleVersion>> versionsByRule() {
        return byRule;
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

        private Builder(String name, String version) {
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
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
         *     and every spec id a rule names that is not on the spec sheet
         */
        public Policy build() {
            return assemble(name, version, specSheet, given, List.of(), new ArrayList<>());
        }
    }

    private static Policy assemble(String name, String version, SpecSheet specSheet, List<RuleVersion> given,
            List<String> changes, List<String> problems) {
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
        return new Policy(name, version, specSheet, byId, changes);
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

        private Derivation(Policy template, String name, String version) {
            this.template = template;
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
            this.rules = new ArrayList<>(template.versions());
            this.changes = new ArrayList<>(template.changes());
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
         *     exist, every addition of one that does, and every pair of rules with one id
         */
        public Policy build() {
            List<String> found = new ArrayList<>(problems);
            SpecSheet specSheet = template.specSheet();
            try {
                specSheet = specSheet.plus(addedSpecs);
            } catch (IllegalArgumentException twice) {
                found.add(twice.getMessage());
            }
            return assemble(name, version, specSheet, rules, changes, found);
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
}
