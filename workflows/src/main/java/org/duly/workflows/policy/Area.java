package org.duly.workflows.policy;

import java.util.Objects;

/**
 * An area of practice, as a policy's own document heads it: "Child Protection", "Children in Care".
 * Areas belong to the policy that defines them (through its {@link SpecSheet}); a schedule's summary
 * and a handbook group rules by them, in the policy's order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the area's title as the document heads it
 */
public record Area(String title) {

    /** The area of a policy's rules when the policy has no spec sheet to file them by. */
    public static final Area ALL_RULES = new Area("All rules");

    /** Checks the title is present and not blank. */
    public Area {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an area needs a title");
        }
    }

    /**
     * An area with a title.
     *
     * <p>Example:
     * <pre>{@code
     * Area missing = Area.of("Children Missing from Home or Care");
     * assertThat(missing.title()).isEqualTo("Children Missing from Home or Care");
     * }</pre>
     *
     * @param title the area's title
     * @return the area
     */
    public static Area of(String title) {
        return new Area(title);
    }

    @Override
    public String toString() {
        return title;
    }
}
