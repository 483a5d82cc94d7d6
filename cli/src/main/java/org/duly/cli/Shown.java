package org.duly.cli;

/**
 * A value the user typed, as a message may quote it back: in single quotes, at most
 * {@value #MOST} characters of it (a line of bulk input or an argument can be megabytes long), and
 * control characters written as escapes, so that a message stays one short line and cannot move the
 * terminal's cursor (invisible format characters, such as a byte-order mark or a right-to-left
 * override, are written as escapes too). Only what was typed on the command line or in bulk input (dates, numbers,
 * names of options and files) is ever quoted; a case file's content never is.
 */
final class Shown {

    /** The most characters of a value a message quotes. */
    static final int MOST = 40;

    private Shown() {
    }

    /** {@code '2024-13-01'}, or {@code '2024-13-01 5 and then a very long tail …' (1234 characters)}. */
    static String quoted(String value) {
        StringBuilder shown = new StringBuilder("'");
        int end = value.offsetByCodePoints(0, Math.min(MOST, value.codePointCount(0, Math.min(value.length(), 2 * MOST))));
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> shown.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        if (end < value.length()) {
            return shown.append("…' (").append(value.length()).append(" characters)").toString();
        }
        return shown.append('\'').toString();
    }
}
