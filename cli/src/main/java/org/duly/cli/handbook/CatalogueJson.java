package org.duly.cli.handbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.duly.workflows.policy.Basis;
import org.duly.workflows.policy.Citation;

/**
 * The catalogue as JSON: {@code policy} (name, version, changes) and {@code rules}, in the policy's
 * order, each with its id, title, area, spec ids and versions; each version says when it is in
 * force and everything about the rule in words. An absent value is {@code null}, a list without
 * values is {@code []}; dates are ISO ({@code "2018-04-01"}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CatalogueJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Two spaces a level and {@code \n} between lines on every platform, so the output is the same everywhere. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private CatalogueJson() {
    }

    /**
     * The catalogue as a JSON tree.
     *
     * <p>Example:
     * <pre>{@code
     * ObjectNode json = CatalogueJson.tree(Catalogue.of(DerbyshirePracticeStandards.policy()));
     * assertThat(json.get("rules").get(0).get("id").asText()).isEqualTo("assessment.initial-home-visit");
     * }</pre>
     *
     * @param catalogue the catalogue
     * @return the tree
     */
    public static ObjectNode tree(Catalogue catalogue) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode policy = root.putObject("policy");
        policy.put("name", catalogue.policy().name());
        policy.put("version", catalogue.policy().version());
        strings(policy.putArray("changes"), catalogue.policy().changes());
        ArrayNode rules = root.putArray("rules");
        for (CatalogueRule rule : catalogue.rules()) {
            ObjectNode json = rules.addObject();
            json.put("id", rule.id());
            json.put("title", rule.title());
            ObjectNode area = json.putObject("area");
            area.put("title", rule.area().title());
            strings(json.putArray("specIds"), rule.specIds());
            ArrayNode versions = json.putArray("versions");
            rule.versions().forEach(version -> version(versions.addObject(), version));
        }
        return root;
    }

    /**
     * The catalogue as JSON text, indented two spaces a level, ending in a line break.
     *
     * <p>Example:
     * <pre>{@code
     * String json = CatalogueJson.of(Catalogue.of(DerbyshirePracticeStandards.policy()));
     * }</pre>
     *
     * @param catalogue the catalogue
     * @return the JSON text
     */
    public static String of(Catalogue catalogue) {
        try {
            return WRITER.writeValueAsString(tree(catalogue)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and arrays always writes", e);
        }
    }

    private static void version(ObjectNode json, CatalogueRule.Version version) {
        date(json, "effectiveFrom", version.effectiveFrom());
        date(json, "supersededFrom", version.supersededFrom());
        json.put("label", version.label().orElse(null));
        json.put("inForce", version.inForce());
        json.put("inEnglish", version.inEnglish());
        json.put("timescale", version.timescale());
        json.put("metBy", version.metBy().orElse(null));
        json.put("appliesWhen", version.appliesWhen().orElse(null));
        Citation citation = version.citation();
        ObjectNode cited = json.putObject("citation");
        cited.put("document", citation.document());
        cited.put("section", citation.section());
        cited.put("words", citation.words());
        ObjectNode basis = json.putObject("basis");
        basis.put("statutory", version.basis().statutory());
        if (version.basis() instanceof Basis.Statutory statutory) {
            basis.put("instrument", statutory.instrument().title());
            basis.put("provision", statutory.provision());
        } else {
            basis.putNull("instrument");
            basis.putNull("provision");
        }
        basis.put("inWords", version.basis().inWords());
        strings(json.putArray("interpretationNotes"), version.interpretations());
        strings(json.putArray("monthEndAmbiguities"), version.monthEndAmbiguities());
    }

    private static void date(ObjectNode json, String field, Optional<LocalDate> date) {
        json.put(field, date.map(LocalDate::toString).orElse(null));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
