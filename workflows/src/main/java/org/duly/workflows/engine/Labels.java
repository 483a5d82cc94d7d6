package org.duly.workflows.engine;

/** How an entry is told from its rule's other entries, said once for entries and overdue items alike. */
final class Labels {

    private Labels() {
    }

    /** "3" for the 3rd occurrence, "2.3" for the 3rd of the 2nd chain. */
    static String of(int chain, int occurrence) {
        return (chain > 1 ? chain + "." : "") + occurrence;
    }
}
