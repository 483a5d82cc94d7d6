package org.duly.examples.handbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Policy;

/**
 * A policy's rules as a policy author reads them: rule by rule in the policy's order, area by area,
 * and spec id by spec id.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policy the policy
 * @param rules its rules, in the policy's order
 */
public record Catalogue(Policy policy, List<CatalogueRule> rules) {

    /** Orders spec ids as the booklet does: by area, then by number ("CP-2" before "CP-10"). */
    private static final Comparator<String> BOOKLET_ORDER = Comparator
            .comparing((String specId) -> Area.ofSpecId(specId).map(Area::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(Catalogue::prefix)
            .thenComparingInt(Catalogue::number)
            .thenComparing(Comparator.naturalOrder());

    /** Checks both parts are present and copies the list. */
    public Catalogue {
        Objects.requireNonNull(policy, "policy");
        rules = List.copyOf(rules);
    }

    /**
     * The catalogue of a policy.
     *
     * <p>Example:
     * <pre>{@code
     * Catalogue catalogue = Catalogue.of(DerbyshirePracticeStandards.policy());
     * }</pre>
     *
     * @param policy the policy
     * @return its catalogue
     */
    public static Catalogue of(Policy policy) {
        return new Catalogue(policy, policy.versionsByRule().stream().map(CatalogueRule::of).toList());
    }

    /**
     * The rules area by area, in the booklet's order of areas and, within an area, in the policy's
     * order. A rule is filed under the area of its first spec id; areas without a rule are left out.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(catalogue.byArea().get(Area.CHILD_PROTECTION)).extracting(CatalogueRule::id).contains("cp.icpc");
     * }</pre>
     *
     * @return the rules by area
     */
    public Map<Area, List<CatalogueRule>> byArea() {
        Map<Area, List<CatalogueRule>> byArea = new EnumMap<>(Area.class);
        rules.forEach(rule -> byArea.computeIfAbsent(rule.area(), area -> new ArrayList<>()).add(rule));
        Map<Area, List<CatalogueRule>> copy = new LinkedHashMap<>();
        byArea.forEach((area, list) -> copy.put(area, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The rules that implement a spec id of an area but are filed under another area: where a
     * reader of that area's section should look as well.
     *
     * <p>Example:
     * <pre>{@code
     * // assessment.single-completed implements EHSA-4 and CIN-4; it is filed under Early Help and Single Assessments
     * assertThat(catalogue.filedElsewhere(Area.CHILDREN_IN_NEED)).extracting(CatalogueRule::id).contains("assessment.single-completed");
     * }</pre>
     *
     * @param area the area
     * @return the rules, in the policy's order
     */
    public List<CatalogueRule> filedElsewhere(Area area) {
        return rules.stream()
                .filter(rule -> rule.area() != area)
                .filter(rule -> rule.specIds().stream().anyMatch(specId -> Area.ofSpecId(specId).equals(Optional.of(area))))
                .toList();
    }

    /**
     * Every spec id the rules implement, in the booklet's order, with the rules that implement it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(catalogue.specIndex().get("CP-2")).extracting(CatalogueRule::id).containsExactly("cp.icpc");
     * }</pre>
     *
     * @return the rules by spec id
     */
    public Map<String, List<CatalogueRule>> specIndex() {
        Map<String, List<CatalogueRule>> index = new TreeMap<>(BOOKLET_ORDER);
        rules.forEach(rule -> rule.specIds().forEach(specId -> index.computeIfAbsent(specId, id -> new ArrayList<>()).add(rule)));
        Map<String, List<CatalogueRule>> copy = new LinkedHashMap<>();
        index.forEach((specId, list) -> copy.put(specId, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static String prefix(String specId) {
        int dash = specId.indexOf('-');
        return dash < 0 ? specId : specId.substring(0, dash);
    }

    private static int number(String specId) {
        String digits = specId.substring(specId.indexOf('-') + 1);
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Integer.parseInt(digits) : 0;
    }
}
