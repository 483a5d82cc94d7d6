package org.duly.workflows.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The timescales of a policy's source document, each with its stable id and area, in the
 * document's order: what the rules of a policy implement. A policy with a spec sheet checks, when it
 * is built, that every spec id its rules name is on the sheet, and files each rule under the area of
 * its first spec id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpecSheet {

    /** A policy without a document to hold its rules against. */
    public static final SpecSheet NONE = new SpecSheet(List.of());

    private final List<Spec> specs;
    private final Map<String, Spec> byId;
    private final List<Area> areas;

    private SpecSheet(List<Spec> specs) {
        this.specs = List.copyOf(specs);
        Map<String, Spec> index = new LinkedHashMap<>();
        LinkedHashSet<Area> inOrder = new LinkedHashSet<>();
        List<String> twice = new ArrayList<>();
        for (Spec spec : this.specs) {
            if (index.putIfAbsent(spec.id(), spec) != null) {
                twice.add(spec.id());
            }
            inOrder.add(spec.area());
        }
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("a spec sheet lists each id once; listed twice: " + String.join(", ", twice));
        }
        this.byId = index;
        this.areas = List.copyOf(inOrder);
    }

    /**
     * A spec sheet of these specs, in this order.
     *
     * <p>Example:
     * <pre>{@code
     * Area missing = Area.of("Missing Children");
     * SpecSheet sheet = SpecSheet.of(List.of(Spec.of("NS-1", missing, "Return home interview within 72 hours")));
     * assertThat(sheet.areaOf("NS-1")).contains(missing);
     * }</pre>
     *
     * @param specs the specs, in the document's order
     * @return the sheet
     * @throws IllegalArgumentException if an id is listed twice
     */
    public static SpecSheet of(Collection<Spec> specs) {
        return new SpecSheet(List.copyOf(specs));
    }

    /**
     * Reads a spec sheet from tab-separated text: a header line, then one line per timescale with its
     * id, its area's title and its words.
     *
     * <p>Example:
     * <pre>{@code
     * SpecSheet sheet = SpecSheet.fromTsv("id\tsection\ttimescale\nNS-1\tMissing Children\tReturn home interview within 72 hours\n");
     * assertThat(sheet.spec("NS-1")).map(Spec::words).contains("Return home interview within 72 hours");
     * }</pre>
     *
     * @param tsv the text
     * @return the sheet
     * @throws IllegalArgumentException naming every line that does not have three fields, and any id listed twice
     */
    public static SpecSheet fromTsv(String tsv) {
        Objects.requireNonNull(tsv, "tsv");
        List<Spec> specs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Area> areas = new LinkedHashMap<>();
        List<String> lines = tsv.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                problems.add("line " + (i + 1) + ": expected an id, an area and the timescale's words, separated by tabs");
                continue;
            }
            Area area = areas.computeIfAbsent(fields[1].strip(), Area::of);
            specs.add(Spec.of(fields[0].strip(), area, fields[2].strip()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the spec sheet has " + problems.size()
                    + (problems.size() == 1 ? " problem:\n  " : " problems:\n  ") + String.join("\n  ", problems));
        }
        return of(specs);
    }

    /**
     * The same sheet with more specs after these, as a council adds its own timescales to a template's.
     *
     * <p>Example:
     * <pre>{@code
     * SpecSheet northshire = template.plus(List.of(Spec.of("NS-1", Area.of("Missing Children"), "Return home interview within 72 hours")));
     * }</pre>
     *
     * @param more the specs to add
     * @return the sheet
     * @throws IllegalArgumentException if an id would be listed twice
     */
    public SpecSheet plus(Collection<Spec> more) {
        List<Spec> all = new ArrayList<>(specs);
        all.addAll(more);
        return new SpecSheet(all);
    }

    /**
     * Every spec, in the document's order.
     *
     * @return the specs
     */
    public List<Spec> specs() {
        return specs;
    }

    /**
     * The areas, in the order the document first names them.
     *
     * @return the areas
     */
    public List<Area> areas() {
        return areas;
    }

    /**
     * The spec with an id.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(sheet.spec("CP-2")).map(Spec::area).contains(Area.of("Child Protection"));
     * }</pre>
     *
     * @param id the spec id
     * @return the spec, or empty if the sheet has no such id
     */
    public Optional<Spec> spec(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The area of a spec id.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(sheet.areaOf("LAC-6")).contains(Area.of("Children in Care"));
     * }</pre>
     *
     * @param id the spec id
     * @return its area, or empty if the sheet has no such id
     */
    public Optional<Area> areaOf(String id) {
        return spec(id).map(Spec::area);
    }

    /**
     * Whether the sheet lists no spec: a policy without a document to hold its rules against.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return specs.isEmpty();
    }

    @Override
    public String toString() {
        return "spec sheet of " + specs.size() + " timescales in " + areas.size() + " areas";
    }
}
