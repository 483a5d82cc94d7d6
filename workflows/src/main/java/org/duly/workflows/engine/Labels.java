package org.duly.workflows.engine;

/**
 * How an entry is told from its rule's other entries, said once for entries, overdue items and
 * every report's rows alike.
 */
public final class Labels {

    private Labels() {
    }

    /**
     * The label of an occurrence in its chain.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Labels.of(1, 3)).isEqualTo("3");
     * assertThat(Labels.of(2, 3)).isEqualTo("2.3");
     * }</pre>
     *
     * @param chain the chain, from 1 (a new chain starts at each anchor of a rule that restarts)
     * @param occurrence the occurrence within the chain, from 1
     * @return "3" for the 3rd occurrence, "2.3" for the 3rd of the 2nd chain
     */
    public static String of(int chain, int occurrence) {
        return (chain > 1 ? chain + "." : "") + occurrence;
    }
}
