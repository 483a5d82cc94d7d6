package org.duly.cli.handbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.duly.domain.events.EventType;
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

    /** Orders spec ids as the policy's document does: by area, then by number ("CP-2" before "CP-10"). */
    private Comparator<String> documentOrder() {
        List<Area> areas = policy.areas();
        return Comparator
                .comparing((String specId) -> policy.specSheet().areaOf(specId).map(areas::indexOf).orElse(Integer.MAX_VALUE))
                .thenComparing(Catalogue::prefix)
                .thenComparingInt(Catalogue::number)
                .thenComparing(Comparator.naturalOrder());
    }

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
        return new Catalogue(policy, policy.versionsByRule().stream().map(versions -> CatalogueRule.of(policy, versions)).toList());
    }

    /**
     * The rules area by area, in the policy's order of areas and, within an area, in the policy's
     * order. A rule is filed under the area of its first spec id; areas without a rule are left out.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(catalogue.byArea().get(Area.of("Child Protection"))).extracting(CatalogueRule::id).contains("cp.icpc");
     * }</pre>
     *
     * @return the rules by area
     */
    public Map<Area, List<CatalogueRule>> byArea() {
        Map<Area, List<CatalogueRule>> byArea = new HashMap<>();
        rules.forEach(rule -> byArea.computeIfAbsent(rule.area(), area -> new ArrayList<>()).add(rule));
        Map<Area, List<CatalogueRule>> copy = new LinkedHashMap<>();
        policy.areas().stream().filter(byArea::containsKey).forEach(area -> copy.put(area, List.copyOf(byArea.get(area))));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The rules that implement a spec id of an area but are filed under another area: where a
     * reader of that area's section should look as well.
     *
     * <p>Example:
     * <pre>{@code
     * // assessment.single-completed implements EHSA-4 and CIN-4; it is filed under Early Help and Single Assessments
     * assertThat(catalogue.filedElsewhere(Area.of("Children in Need"))).extracting(CatalogueRule::id).contains("assessment.single-completed");
     * }</pre>
     *
     * @param area the area
     * @return the rules, in the policy's order
     */
    public List<CatalogueRule> filedElsewhere(Area area) {
        return rules.stream()
                .filter(rule -> !rule.area().equals(area))
                .filter(rule -> rule.specIds().stream().anyMatch(specId -> areaOf(specId).equals(Optional.of(area))))
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
        Map<String, List<CatalogueRule>> index = new TreeMap<>(documentOrder());
        rules.forEach(rule -> rule.specIds().forEach(specId -> index.computeIfAbsent(specId, id -> new ArrayList<>()).add(rule)));
        Map<String, List<CatalogueRule>> copy = new LinkedHashMap<>();
        index.forEach((specId, list) -> copy.put(specId, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Every event type of a case file, in its registry's order, with the rules that read it, role by
     * role (in the order of {@link CaseFileReading.Role}, each rule once per role, in the policy's
     * order, any version counting). A type a rule's condition looks at is listed as checked by it. An
     * event type no rule reads maps to no role: recorded, it starts, meets, extends, ends, discharges
     * and is checked by nothing.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(catalogue.eventIndex().get(CaseEventType.CORE_GROUP_MEETING).get(Role.MEETS))
     *     .extracting(CatalogueRule::id).contains("cp.core-groups");
     * }</pre>
     *
     * @return the rules by event type and role
     */
    public Map<EventType, Map<CaseFileReading.Role, List<CatalogueRule>>> eventIndex() {
        Map<EventType, Map<CaseFileReading.Role, List<CatalogueRule>>> index = new LinkedHashMap<>();
        CaseFileReading.EVENT_TYPES.forEach(type -> index.put(type, new EnumMap<>(CaseFileReading.Role.class)));
        for (CatalogueRule rule : rules) {
            for (CatalogueRule.Version version : rule.versions()) {
                for (CaseFileReading.Use use : version.inACaseFile().uses()) {
                    use.eventTypes().forEach(type -> listed(index, type, use.role(), rule));
                    use.checks().forEach(type -> listed(index, type, CaseFileReading.Role.CHECKS, rule));
                }
            }
        }
        Map<EventType, Map<CaseFileReading.Role, List<CatalogueRule>>> copy = new LinkedHashMap<>();
        index.forEach((type, roles) -> {
            Map<CaseFileReading.Role, List<CatalogueRule>> rolesCopy = new EnumMap<>(CaseFileReading.Role.class);
            roles.forEach((role, list) -> rolesCopy.put(role, List.copyOf(list)));
            copy.put(type, java.util.Collections.unmodifiableMap(rolesCopy));
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void listed(Map<EventType, Map<CaseFileReading.Role, List<CatalogueRule>>> index, EventType type,
            CaseFileReading.Role role, CatalogueRule rule) {
        List<CatalogueRule> inRole = index.get(type).computeIfAbsent(role, each -> new ArrayList<>());
        if (!inRole.contains(rule)) {
            inRole.add(rule);
        }
    }

    /**
     * The area of a spec id on the policy's spec sheet.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(catalogue.areaOf("CIN-4")).contains(Area.of("Children in Need"));
     * }</pre>
     *
     * @param specId the spec id
     * @return its area, or empty if the policy's spec sheet does not list it
     */
    public Optional<Area> areaOf(String specId) {
        return policy.specSheet().areaOf(specId);
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
