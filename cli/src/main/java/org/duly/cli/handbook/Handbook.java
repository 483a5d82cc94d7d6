package org.duly.cli.handbook;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duly.domain.events.EventType;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Policy;

/**
 * The policy handbook: every rule of a policy, area by area, its English rendering beside the
 * source's own words, with its month-end ambiguities, interpretation notes and spec ids, and an
 * index of spec ids at the end. Generated, never edited: {@value #REGENERATE} writes
 * {@code docs/handbook.md} and {@code docs/handbook.html}, and a test fails when the committed
 * ones differ from what the catalogue generates. Nothing in it depends on when it is generated.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Handbook {

    /** The command, run from the repository's root, that writes the committed handbook. */
    public static final String REGENERATE = "./duly handbook --out docs";

    /** The file name of the markdown handbook. */
    public static final String MARKDOWN_FILE = "handbook.md";

    /** The file name of the HTML handbook. */
    public static final String HTML_FILE = "handbook.html";

    static final String CONTENTS = "Contents";
    static final String HOW_TO_READ = "How to read it";
    static final String INDEX = "Index of spec ids";
    static final String EVENT_INDEX = "Index of case-file event types";
    static final String CHANGES = "Local changes to the template";

    private Handbook() {
    }

    /**
     * The handbook in markdown, as {@code docs/handbook.md} holds it.
     *
     * <p>Example:
     * <pre>{@code
     * String markdown = Handbook.markdown(Catalogue.of(DerbyshirePracticeStandards.policy()));
     * assertThat(markdown).contains("## Child Protection", "## Index of spec ids");
     * }</pre>
     *
     * @param catalogue the policy's catalogue
     * @return the markdown document
     */
    public static String markdown(Catalogue catalogue) {
        Policy policy = catalogue.policy();
        Map<Area, List<CatalogueRule>> byArea = catalogue.byArea();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Markdown.text(title(policy))).append("\n\n");
        out.append("Every rule of Duly's policy *").append(Markdown.text(policy.name())).append("* (version ")
                .append(Markdown.text(policy.version())).append("), area by area: how Duly reads it, in English generated")
                .append(" from the rule itself, beside the source's own words, so that a policy author can hold the one")
                .append(" against the other. ").append(catalogue.rules().size()).append(" rules implement ")
                .append(catalogue.specIndex().size()).append(" spec ids.\n\n");
        out.append("This file is generated from the catalogue: do not edit it, change the rules and run `")
                .append(REGENERATE).append("` from the repository's root. A test fails while it differs from what the")
                .append(" catalogue generates.\n\n");
        contents(out, catalogue, byArea);
        howToRead(out);
        if (!policy.changes().isEmpty()) {
            out.append("## ").append(CHANGES).append("\n\n");
            policy.changes().forEach(change -> out.append("- ").append(Markdown.text(change)).append('\n'));
            out.append('\n');
        }
        byArea.forEach((area, rules) -> area(out, catalogue, area, rules));
        index(out, catalogue);
        eventIndex(out, catalogue);
        return CatalogueMarkdown.ending(out);
    }

    /**
     * The handbook as one self-contained HTML page, as {@code docs/handbook.html} holds it: the
     * markdown handbook rendered, with inline CSS and no external resources, readable when printed.
     *
     * <p>Example:
     * <pre>{@code
     * Files.writeString(docs.resolve(Handbook.HTML_FILE), Handbook.html(catalogue));
     * }</pre>
     *
     * @param catalogue the policy's catalogue
     * @return the HTML page
     */
    public static String html(Catalogue catalogue) {
        return HtmlPage.of(title(catalogue.policy()), markdown(catalogue));
    }

    private static String title(Policy policy) {
        return policy.name() + ": the policy handbook";
    }

    private static void contents(StringBuilder out, Catalogue catalogue, Map<Area, List<CatalogueRule>> byArea) {
        out.append("## ").append(CONTENTS).append("\n\n");
        out.append("- ").append(Markdown.linkTo(HOW_TO_READ, HOW_TO_READ)).append('\n');
        if (!catalogue.policy().changes().isEmpty()) {
            out.append("- ").append(Markdown.linkTo(CHANGES, CHANGES)).append('\n');
        }
        byArea.forEach((area, rules) -> {
            out.append("- ").append(Markdown.linkTo(area.title(), area.title()))
                    .append(" (").append(rules.size()).append(rules.size() == 1 ? " rule" : " rules").append(")\n");
            rules.forEach(rule -> out.append("  - ").append(Markdown.linkTo(rule.heading(), rule.heading())).append('\n'));
        });
        out.append("- ").append(Markdown.linkTo(INDEX, INDEX)).append('\n');
        out.append("- ").append(Markdown.linkTo(EVENT_INDEX, EVENT_INDEX)).append("\n\n");
    }

    private static void howToRead(StringBuilder out) {
        out.append("## ").append(HOW_TO_READ).append("\n\n");
        out.append("Each rule is headed by its id and title, and says:\n\n");
        out.append("- **Spec ids**: the rows of the booklet's key timescales the rule implements. A rule is filed under")
                .append(" the area of its first spec id; an area's section names the rules filed elsewhere that implement")
                .append(" its spec ids too, and the ").append(Markdown.linkTo(INDEX.toLowerCase(java.util.Locale.ROOT), INDEX))
                .append(" at the end goes from each spec id to its rules.\n");
        out.append("- **Statutory** (the instrument and where in it) or **local practice standard**, and the clocks the")
                .append(" rule applies to: a rule with versions applies to each clock the version in force on the day the")
                .append(" clock started.\n");
        out.append("- **Duly reads it as**: the timescale, what meets it and when the rule applies, in the words Duly")
                .append(" generates from the rule. A working day is Monday to Friday and not a bank holiday in England and")
                .append(" Wales; the day counted from is day 0.\n");
        out.append("- **The source says**: the source's own words, with the document and its section.\n");
        out.append("- **In a case file**: the event types of a case file (the `type` of a recorded event) that start the")
                .append(" rule's clock, meet it, extend it, end it or discharge it, each with the rule's words for it; a")
                .append(" birthday or another date that is no event is said to be one. After \"which reads\", the further")
                .append(" records and facts a condition on that event looks at; after \"also reads\", those the rule looks at")
                .append(" to set its intervals or judge whether it applies. Read from the rule itself, like the")
                .append(" English above it; the ").append(Markdown.linkTo(EVENT_INDEX.toLowerCase(java.util.Locale.ROOT), EVENT_INDEX))
                .append(" goes from each event type to its rules.\n");
        out.append("- **Month-end ambiguities**: the days from which counting a period of months or years reaches a day")
                .append(" the month lacks (31 January + 1 month), and what Duly makes of it. Counting from any other day")
                .append(" is not ambiguous.\n");
        out.append("- **Interpretation notes**: how Duly reads what the source leaves open.\n\n");
        // DESIGN's nine rules, as the words of "Duly reads it as" show them: what opens, meets and closes an obligation.
        out.append("What opens, meets and closes an obligation shows in those words:\n\n");
        out.append("- A clock starts at the event the timescale counts from; work meets the most recent open occurrence")
                .append(" whose window contains it. **for the same placement** (or plan, direction, assessment...): only a")
                .append(" record with the same id meets it. **one meeting every open occurrence it covers**: one record")
                .append(" meets them all.\n");
        out.append("- **or up to 5 working days before the clock starts**: work the law prefers early counts, on time.")
                .append(" **between ... and ...**: work before the window opens does not meet it. **within ... after**: work on")
                .append(" the day itself does not meet it. **whichever applies**: each choice counts from what only some")
                .append(" cases have (a worker's role), so a case has one.\n");
        out.append("- **discharged by** an outcome, or **discharged when** it happens: the occurrence is *not required*, whenever the outcome comes, and never")
                .append(" counts against anyone. **until the next** anchor, or **until** an end: an occurrence already due")
                .append(" is *missed* (it can no longer be met, and a miss stays a miss), one not yet due is *not required*.")
                .append(" A closed case ends every clock the same way.\n");
        out.append("- **or ... recorded by then**: an extension counts only when recorded by the due date it extends;")
                .append(" **calendar days** are counted as days are, and said so where the source says so.\n");
        out.append("- **applies** to a child: judged on the day the clock started, or **on each due date** where the")
                .append(" rule says so; never on the day the schedule is drawn, so turning 16 or 21 erases no miss.\n");
        out.append("- A late entry says how many days late; a recurrence done after a long gap says how many further")
                .append(" intervals were missed, and timeliness counts each; \"ideally P, at most Q\" shows the ideal date.\n\n");
    }

    private static void area(StringBuilder out, Catalogue catalogue, Area area, List<CatalogueRule> rules) {
        out.append("## ").append(Markdown.text(area.title())).append("\n\n");
        List<CatalogueRule> elsewhere = catalogue.filedElsewhere(area);
        if (!elsewhere.isEmpty()) {
            out.append("Rules filed under other areas that implement spec ids of this one: ")
                    .append(elsewhere.stream().map(rule -> Markdown.linkTo(rule.id(), rule.heading()) + " ("
                            + Markdown.text(rule.specIds().stream().filter(id -> catalogue.areaOf(id).filter(area::equals).isPresent())
                                    .collect(Collectors.joining(", "))) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(".\n\n");
        }
        rules.forEach(rule -> CatalogueMarkdown.rule(out, rule, 3));
    }

    private static void index(StringBuilder out, Catalogue catalogue) {
        out.append("## ").append(INDEX).append("\n\n");
        out.append("| Spec id | Rules |\n");
        out.append("| --- | --- |\n");
        catalogue.specIndex().forEach((specId, rules) -> out.append("| ").append(Markdown.text(specId)).append(" | ")
                .append(rules.stream().map(rule -> Markdown.linkTo(rule.id(), rule.heading())).collect(Collectors.joining(", ")))
                .append(" |\n"));
    }

    private static void eventIndex(StringBuilder out, Catalogue catalogue) {
        out.append("## ").append(EVENT_INDEX).append("\n\n");
        out.append("Each type of event a file can record, by its `type` there, with the rules whose clocks it starts,")
                .append(" meets, extends, ends or discharges, and the rules that check it: a condition of the rule looks at")
                .append(" it (the plans created, for a conference \"that made a child protection plan\"), to choose which")
                .append(" events count, how long an interval is or whether the rule applies. Each rule's line \"In a case")
                .append(" file\" says the same. A type marked *none* does none of these: recorded alone, it changes no")
                .append(" schedule. It can still count where a fact of the case is worked out from it (a child's care")
                .append(" history, a worker's role), which a rule's line names as a fact, not an event type. Whatever the")
                .append(" rules say, a closed case (`caseClosed`) ends every clock of a child's case.\n\n");
        Map<EventType, Map<CaseFileReading.Role, List<CatalogueRule>>> index = catalogue.eventIndex();
        for (CaseFileReading.FileKind kind : CaseFileReading.FILE_KINDS) {
            long unread = kind.eventTypes().stream().filter(type -> index.get(type).isEmpty()).count();
            out.append("### ").append(Markdown.text(capitalised(kind.words()))).append(" (`").append(kind.subjectKey())
                    .append("`)\n\n");
            out.append(kind.eventTypes().size()).append(" event types; ").append(unread == 0 ? "each is read by a rule"
                    : unread + (unread == 1 ? " is" : " are") + " read by no rule").append(".\n\n");
            out.append("| Event type | Read by |\n");
            out.append("| --- | --- |\n");
            for (EventType type : kind.eventTypes()) {
                Map<CaseFileReading.Role, List<CatalogueRule>> roles = index.get(type);
                out.append("| `").append(type.caseFileName()).append("` (").append(Markdown.text(type.description())).append(") | ")
                        .append(roles.isEmpty() ? "*none*" : roles.entrySet().stream()
                                .map(entry -> Markdown.text(entry.getKey().verb()) + " " + entry.getValue().stream()
                                        .map(rule -> Markdown.linkTo(rule.id(), rule.heading())).collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                        .append(" |\n");
            }
            out.append('\n');
        }
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
