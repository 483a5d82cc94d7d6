package org.duly.cli.handbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.duly.cli.text.Csv;
import org.duly.workflows.policy.Basis;

/**
 * The catalogue as CSV (RFC 4180): a header, then one record per version of each rule, in the
 * policy's order. Records end in CRLF; a field is quoted when it holds a comma, a quote or a line
 * break, with its quotes doubled. A field of several values (notes, ambiguities) holds one a line;
 * spec ids are separated by {@code ;}, as in every CSV of the command line; an absent value is empty.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CatalogueCsv {

    /** A column: its name in the header, and its value for a version of a rule. */
    private record Column(String name, Function<Row, String> value) {
    }

    /** One record: a version of a rule, and its number among the rule's versions. */
    private record Row(CatalogueRule rule, int number, CatalogueRule.Version version) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("rule_id", row -> row.rule().id()),
            new Column("spec_ids", row -> Csv.values(row.rule().specIds())),
            new Column("title", row -> row.rule().title()),
            new Column("area", row -> row.rule().area().title()),
            new Column("version", row -> Integer.toString(row.number())),
            new Column("effective_from", row -> date(row.version().effectiveFrom())),
            new Column("superseded_from", row -> date(row.version().supersededFrom())),
            new Column("version_label", row -> row.version().label().orElse("")),
            new Column("in_english", row -> row.version().inEnglish()),
            new Column("timescale", row -> row.version().timescale()),
            new Column("met_by", row -> row.version().metBy().orElse("")),
            new Column("applies_when", row -> row.version().appliesWhen().orElse("")),
            new Column("citation_document", row -> row.version().citation().document()),
            new Column("citation_section", row -> row.version().citation().section()),
            new Column("citation_words", row -> row.version().citation().words()),
            new Column("basis", row -> row.version().basis().statutory() ? "statutory" : "local practice standard"),
            new Column("instrument", row -> statutory(row).map(statutory -> statutory.instrument().title()).orElse("")),
            new Column("provision", row -> statutory(row).map(Basis.Statutory::provision).orElse("")),
            new Column("interpretation_notes", row -> String.join("\n", row.version().interpretations())),
            new Column("month_end_ambiguities", row -> String.join("\n", row.version().monthEndAmbiguities())));

    private CatalogueCsv() {
    }

    /**
     * The names of the columns, in order, as the header gives them.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CatalogueCsv.columns()).startsWith("rule_id", "spec_ids", "title", "area");
     * }</pre>
     *
     * @return the column names
     */
    public static List<String> columns() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /**
     * The catalogue as CSV.
     *
     * <p>Example:
     * <pre>{@code
     * String csv = CatalogueCsv.of(Catalogue.of(DerbyshirePracticeStandards.policy()));
     * assertThat(csv).startsWith("rule_id,spec_ids,title,area,version,");
     * }</pre>
     *
     * @param catalogue the catalogue
     * @return the CSV text: a header and a record per version of each rule
     */
    public static String of(Catalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append(Csv.record(columns()));
        for (CatalogueRule rule : catalogue.rules()) {
            for (int i = 0; i < rule.versions().size(); i++) {
                Row row = new Row(rule, i + 1, rule.versions().get(i));
                out.append(Csv.record(COLUMNS.stream().map(column -> column.value().apply(row)).toList()));
            }
        }
        return out.toString();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    private static Optional<Basis.Statutory> statutory(Row row) {
        return row.version().basis() instanceof Basis.Statutory statutory ? Optional.of(statutory) : Optional.empty();
    }
}
