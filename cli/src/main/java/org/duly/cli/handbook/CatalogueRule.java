package org.duly.cli.handbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.period.MonthEndAmbiguity;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Basis;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;

/**
 * One rule of a policy as a policy author reads it: its id, title, area and spec ids, and each
 * version in words. Every format of {@code duly rules} and the handbook say a rule through this
 * one class, so that they cannot say it differently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the rule's id: "cp.icpc"
 * @param title the latest version's title
 * @param area the latest version's area
 * @param specIds the latest version's spec ids
 * @param versions every version, oldest first
 */
public record CatalogueRule(String id, String title, Area area, List<String> specIds, List<Version> versions) {

    /** Checks every part is present, copies the lists and checks there is a version. */
    public CatalogueRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(area, "area");
        specIds = List.copyOf(specIds);
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(id + " has no version");
        }
    }

    /**
     * The rule from its versions, as a policy holds them.
     *
     * <p>Example:
     * <pre>{@code
     * CatalogueRule icpc = CatalogueRule.of(policy, policy.versionsOf("cp.icpc"));
     * assertThat(icpc.latest().inEnglish()).startsWith("within 15 working days of the strategy discussion");
     * }</pre>
     *
     * @param policy the policy the rule belongs to, which files it under an area
     * @param versions the versions of one rule, oldest first
     * @return the rule
     */
    public static CatalogueRule of(Policy policy, List<RuleVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a rule has at least one version");
        }
        List<Version> words = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            RuleVersion each = versions.get(i);
            Optional<LocalDate> supersededFrom = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom() : Optional.empty();
            words.add(new Version(each.rule(), each.effectiveFrom(), supersededFrom, each.label()));
        }
        Rule latest = versions.get(versions.size() - 1).rule();
        return new CatalogueRule(latest.id(), latest.title(), policy.areaOf(latest), latest.specIds(), words);
    }

    /**
     * The latest version: the one in force for clocks started today.
     *
     * <p>Example:
     * <pre>{@code
     * String citation = rule.latest().citation().words();
     * }</pre>
     *
     * @return the latest version
     */
    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The rule's heading: "cp.icpc: Initial child protection conference".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(rule.heading()).isEqualTo("cp.icpc: Initial child protection conference");
     * }</pre>
     *
     * @return the id and the title
     */
    public String heading() {
        return id + ": " + title;
    }

    /**
     * One version of a rule, in words.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param rule the version's rule
     * @param effectiveFrom the first clock start it applies to; empty for every clock before the next version
     * @param supersededFrom the first clock start the next version applies to; empty for the latest
     * @param label why the version exists, where a local change says
     */
    public record Version(Rule rule, Optional<LocalDate> effectiveFrom, Optional<LocalDate> supersededFrom,
            Optional<String> label) {

        /** Checks every part is present. */
        public Version {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(supersededFrom, "supersededFrom");
            Objects.requireNonNull(label, "label");
        }

        /**
         * The clocks this version applies to, in words.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(first.inForce()).isEqualTo("for clocks started before 2018-04-01");
         * assertThat(second.inForce()).isEqualTo("for clocks started on or after 2018-04-01");
         * assertThat(only.inForce()).isEqualTo("for every clock");
         * }</pre>
         *
         * @return when it is in force
         */
        public String inForce() {
            if (effectiveFrom.isPresent() && supersededFrom.isPresent()) {
                return "for clocks started from " + effectiveFrom.get() + " and before " + supersededFrom.get();
            }
            return effectiveFrom.map(from -> "for clocks started on or after " + from)
                    .or(() -> supersededFrom.map(to -> "for clocks started before " + to))
                    .orElse("for every clock");
        }

        /**
         * The timescale in words: "within 15 working days of the strategy discussion that initiated
         * section 47 enquiries".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(version.timescale()).startsWith("within 15 working days");
         * }</pre>
         *
         * @return the timescale's own words
         */
        public String timescale() {
            return rule.timescale().inWords();
        }

        /**
         * What meets the rule, in words: "the initial child protection conference".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(version.metBy()).contains("the initial child protection conference");
         * }</pre>
         *
         * @return the event that meets it, and whether it must answer the occurrence that started the clock;
         *     empty if nothing recorded can meet it
         */
        public Optional<String> metBy() {
            return rule.metBy().map(Version::metByInWords);
        }

        private static String metByInWords(Fulfilment<?> fulfilment) {
            // The fulfilment's own words: the link, the look-back and covering are part of what meets the rule.
            return fulfilment.inWords();
        }

        /**
         * Where the version reads a case file: the case-file event types that start its clock, meet
         * it, extend, end or discharge it.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(coreGroups.latest().inACaseFile().caseFileNames(Role.MEETS)).containsExactly("coreGroupMeeting");
         * }</pre>
         *
         * @return what it reads, read from the rule itself
         */
        public CaseFileReading inACaseFile() {
            return CaseFileReading.of(rule);
        }

        /**
         * The condition under which the rule applies at all, in words that follow "applies": "to
         * privately fostered children".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(version.appliesWhen()).contains("to privately fostered children");
         * }</pre>
         *
         * @return the condition, if the rule has one
         */
        public Optional<String> appliesWhen() {
            return rule.appliesWhen().map(condition -> condition.inWords());
        }

        /**
         * The rule in English, as {@code duly rules} and the handbook both show it: the timescale,
         * what meets it and when it applies.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(icpc.latest().inEnglish()).isEqualTo("within 15 working days of the strategy discussion that"
         *     + " initiated section 47 enquiries; met by the initial child protection conference");
         * }</pre>
         *
         * @return the rule in words
         */
        public String inEnglish() {
            return timescale()
                    + metBy().map(words -> "; met by " + words).orElse("; nothing recorded meets it")
                    + appliesWhen().map(words -> "; applies " + words).orElse("");
        }

        /**
         * The rule's citation: the document, its section and its own words.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(version.citation().section()).isEqualTo("Child Protection");
         * }</pre>
         *
         * @return the citation
         */
        public org.duly.workflows.policy.Citation citation() {
            return rule.citation();
        }

        /**
         * Whether the rule is statutory, and under what, or a local practice standard.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(version.basis().statutory()).isTrue();
         * }</pre>
         *
         * @return the basis
         */
        public Basis basis() {
            return rule.basis();
        }

        /**
         * How the rule reads what the source leaves open.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(version.interpretations()).anyMatch(note -> note.contains("bi-monthly"));
         * }</pre>
         *
         * @return the interpretation notes
         */
        public List<String> interpretations() {
            return rule.interpretations();
        }

        /**
         * Where a period of months or years in the timescale needs a month-end rounding, in words:
         * "31 January + 1 month = 28 February (29 in a leap year), rounded down to the last day of the month".
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(reviews.latest().monthEndAmbiguities()).contains("31 March + 6 months = 30 September, ...");
         * }</pre>
         *
         * @return the ambiguities, period by period; empty when the timescale counts no months or years
         */
        public List<String> monthEndAmbiguities() {
            return rule.timescale().monthEndAmbiguities().stream().map(MonthEndAmbiguity::toString).toList();
        }
    }
}
