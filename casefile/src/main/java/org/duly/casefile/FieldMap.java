package org.duly.casefile;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A case-file object's fields in file order, read-only, as the reader parses them and hands them on:
 * made once, so that a {@link RawEvent} need not copy them again. A case has dozens of events of a
 * few fields each, read a million times over in a national caseload: a scan of a few names beats
 * hashing them into map after map.
 *
 * <p>Names are unique (the reader's parser refuses a duplicate); values may be null (a field given as
 * null, which the reader reports). This map is immutable and thread-safe.
 */
final class FieldMap extends AbstractMap<String, Object> {

    /** Name, value, name, value, ... in file order. */
    private final Object[] fields;
    private Set<Map.Entry<String, Object>> entries;

    private FieldMap(Object[] fields) {
        this.fields = fields;
    }

    /**
     * The fields a parser read, in its order.
     *
     * @param stack names and values, name first, each name unique
     * @param from the index of the first name
     * @param to the index after the last value
     * @return the fields
     */
    static FieldMap of(Object[] stack, int from, int to) {
        return new FieldMap(Arrays.copyOfRange(stack, from, to));
    }

    /**
     * The fields of a parsed object, in its order, leaving one name out.
     *
     * @param object the parsed object, its names text
     * @param leftOut a name not to keep (an event's type), or null to keep every field
     * @return the fields
     */
    static FieldMap of(Map<?, ?> object, String leftOut) {
        if (object instanceof FieldMap parsed) {
            int at = leftOut == null ? -1 : parsed.indexOf(leftOut);
            if (at < 0) {
                return parsed;
            }
            Object[] kept = new Object[parsed.fields.length - 2];
            System.arraycopy(parsed.fields, 0, kept, 0, at);
            System.arraycopy(parsed.fields, at + 2, kept, at, kept.length - at);
            return new FieldMap(kept);
        }
        Object[] fields = new Object[object.size() * 2];
        int size = 0;
        for (Map.Entry<?, ?> field : object.entrySet()) {
            String name = (String) field.getKey();
            if (!name.equals(leftOut)) {
                fields[size++] = name;
                fields[size++] = field.getValue();
            }
        }
        return new FieldMap(size < fields.length ? Arrays.copyOf(fields, size) : fields);
    }

    private int indexOf(Object name) {
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : fields[at + 1];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return fields.length / 2;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        Set<Map.Entry<String, Object>> set = entries;
        if (set == null) {
            // A benign race: two threads may each make a view of the same fields.
            set = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < fields.length;
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            if (next >= fields.length) {
                                throw new NoSuchElementException();
                            }
                            int at = next;
                            next += 2;
                            return new AbstractMap.SimpleImmutableEntry<>((String) fields[at], fields[at + 1]);
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.length / 2;
                }
            };
            entries = set;
        }
        return set;
    }
}
